package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * ChangeAvailability.conf (OCPP 1.6 §6.8).
 *
 * @param status whether the change is done, refused or scheduled
 */
public record ChangeAvailabilityConfirmation(AvailabilityStatus status) implements Ocpp16Confirmation {
    public ChangeAvailabilityConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "ChangeAvailability";
    }
}
