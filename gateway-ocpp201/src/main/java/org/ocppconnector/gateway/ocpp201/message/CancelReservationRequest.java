package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * CancelReservationRequest (OCPP 2.0.1, functional block H Reservation): the CSMS cancels a reservation.
 *
 * @param customData vendor-specific data; optional
 * @param reservationId the id of the reservation
 */
public record CancelReservationRequest(@Nullable CustomData customData, int reservationId) implements Ocpp201Request {
    /** Without customData. */
    public CancelReservationRequest(int reservationId) {
        this(null, reservationId);
    }

    @Override
    public String action() {
        return "CancelReservation";
    }
}
