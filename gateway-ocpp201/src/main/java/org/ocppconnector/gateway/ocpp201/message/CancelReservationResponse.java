package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * CancelReservationResponse (OCPP 2.0.1, functional block H Reservation): whether the reservation was cancelled.
 *
 * @param customData vendor-specific data; optional
 * @param status whether a reservation was cancelled
 * @param statusInfo more about the status; optional
 */
public record CancelReservationResponse(
        @Nullable CustomData customData,
        CancelReservationStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public CancelReservationResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public CancelReservationResponse(CancelReservationStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "CancelReservation";
    }
}
