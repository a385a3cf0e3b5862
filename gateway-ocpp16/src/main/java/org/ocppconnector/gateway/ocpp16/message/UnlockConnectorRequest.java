package org.ocppconnector.gateway.ocpp16.message;

/**
 * UnlockConnector.req (OCPP 1.6 §6.53).
 *
 * @param connectorId the connector to unlock
 */
public record UnlockConnectorRequest(int connectorId) implements Ocpp16Request {
    @Override
    public String action() {
        return "UnlockConnector";
    }
}
