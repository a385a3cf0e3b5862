package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * ReserveNowResponse (OCPP 2.0.1, functional block H Reservation): whether the reservation was made.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of ReserveNow
 * @param statusInfo more about the status; optional
 */
public record ReserveNowResponse(
        @Nullable CustomData customData,
        ReserveNowStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public ReserveNowResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public ReserveNowResponse(ReserveNowStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "ReserveNow";
    }
}
