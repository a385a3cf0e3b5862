package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * RemoteStartTransaction.conf (OCPP 1.6 §6.34).
 *
 * @param status whether the station will try to start
 */
public record RemoteStartTransactionConfirmation(RemoteStartStopStatus status) implements Ocpp16Confirmation {
    public RemoteStartTransactionConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "RemoteStartTransaction";
    }
}
