package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * BootNotification.conf (OCPP 1.6 §6.4).
 *
 * @param status whether the station is registered
 * @param currentTime the central system's clock, for the station to synchronize with
 * @param interval the heartbeat interval in seconds if accepted, else the retry delay
 */
public record BootNotificationConfirmation(RegistrationStatus status, DateTime currentTime, int interval)
        implements Ocpp16Confirmation {
    public BootNotificationConfirmation {
        requireNonNull(status, "status");
        requireNonNull(currentTime, "currentTime");
    }

    @Override
    public String action() {
        return "BootNotification";
    }
}
