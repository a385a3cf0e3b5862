package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * Heartbeat.conf (OCPP 1.6 §6.30).
 *
 * @param currentTime the central system's clock
 */
public record HeartbeatConfirmation(DateTime currentTime) implements Ocpp16Confirmation {
    public HeartbeatConfirmation {
        requireNonNull(currentTime, "currentTime");
    }

    @Override
    public String action() {
        return "Heartbeat";
    }
}
