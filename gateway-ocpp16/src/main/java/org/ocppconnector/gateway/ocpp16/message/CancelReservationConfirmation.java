package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * CancelReservation.conf (OCPP 1.6 §6.6).
 *
 * @param status whether the reservation was cancelled
 */
public record CancelReservationConfirmation(CancelReservationStatus status) implements Ocpp16Confirmation {
    public CancelReservationConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "CancelReservation";
    }
}
