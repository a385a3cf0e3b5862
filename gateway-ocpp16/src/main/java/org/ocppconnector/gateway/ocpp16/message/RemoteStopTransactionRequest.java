package org.ocppconnector.gateway.ocpp16.message;

/**
 * RemoteStopTransaction.req (OCPP 1.6 §6.35).
 *
 * @param transactionId the transaction to stop
 */
public record RemoteStopTransactionRequest(int transactionId) implements Ocpp16Request {
    @Override
    public String action() {
        return "RemoteStopTransaction";
    }
}
