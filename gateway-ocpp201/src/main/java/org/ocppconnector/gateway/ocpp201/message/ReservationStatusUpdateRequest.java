package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * ReservationStatusUpdateRequest (OCPP 2.0.1, functional block H Reservation): the station reports that a
 * reservation expired or was removed.
 *
 * @param customData vendor-specific data; optional
 * @param reservationId the id of the reservation
 * @param reservationUpdateStatus why a reservation ended
 */
public record ReservationStatusUpdateRequest(
        @Nullable CustomData customData,
        int reservationId,
        ReservationUpdateStatusEnumType reservationUpdateStatus)
        implements Ocpp201Request {
    public ReservationStatusUpdateRequest {
        requireNonNull(reservationUpdateStatus, "reservationUpdateStatus");
    }

    /** Without customData. */
    public ReservationStatusUpdateRequest(int reservationId, ReservationUpdateStatusEnumType reservationUpdateStatus) {
        this(null, reservationId, reservationUpdateStatus);
    }

    @Override
    public String action() {
        return "ReservationStatusUpdate";
    }
}
