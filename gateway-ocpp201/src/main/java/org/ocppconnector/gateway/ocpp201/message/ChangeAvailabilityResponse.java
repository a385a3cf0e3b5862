package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * ChangeAvailabilityResponse (OCPP 2.0.1, functional block G Availability): whether the change was made, or
 * scheduled for after a running transaction.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of ChangeAvailability
 * @param statusInfo more about the status; optional
 */
public record ChangeAvailabilityResponse(
        @Nullable CustomData customData,
        ChangeAvailabilityStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public ChangeAvailabilityResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public ChangeAvailabilityResponse(ChangeAvailabilityStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "ChangeAvailability";
    }
}
