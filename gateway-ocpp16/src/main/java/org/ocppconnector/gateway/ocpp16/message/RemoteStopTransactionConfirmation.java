package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * RemoteStopTransaction.conf (OCPP 1.6 §6.36).
 *
 * @param status whether the station will try to stop
 */
public record RemoteStopTransactionConfirmation(RemoteStartStopStatus status) implements Ocpp16Confirmation {
    public RemoteStopTransactionConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "RemoteStopTransaction";
    }
}
