package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * ClearChargingProfileResponse (OCPP 2.0.1, functional block K Smart Charging): whether any profile matched.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of ClearChargingProfile
 * @param statusInfo more about the status; optional
 */
public record ClearChargingProfileResponse(
        @Nullable CustomData customData,
        ClearChargingProfileStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public ClearChargingProfileResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public ClearChargingProfileResponse(ClearChargingProfileStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "ClearChargingProfile";
    }
}
