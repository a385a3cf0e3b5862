package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * UnlockConnector.conf (OCPP 1.6 §6.54).
 *
 * @param status whether the connector was unlocked
 */
public record UnlockConnectorConfirmation(UnlockStatus status) implements Ocpp16Confirmation {
    public UnlockConnectorConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "UnlockConnector";
    }
}
