package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * StartTransaction.conf (OCPP 1.6 §6.46).
 *
 * @param idTagInfo the idTag's status
 * @param transactionId the id the central system gives the transaction
 */
public record StartTransactionConfirmation(IdTagInfo idTagInfo, int transactionId) implements Ocpp16Confirmation {
    public StartTransactionConfirmation {
        requireNonNull(idTagInfo, "idTagInfo");
    }

    @Override
    public String action() {
        return "StartTransaction";
    }
}
