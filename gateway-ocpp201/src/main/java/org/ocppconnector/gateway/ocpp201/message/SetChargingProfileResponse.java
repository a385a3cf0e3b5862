package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * SetChargingProfileResponse (OCPP 2.0.1, functional block K Smart Charging): whether the profile was accepted.
 *
 * @param customData vendor-specific data; optional
 * @param status whether a charging profile was accepted
 * @param statusInfo more about the status; optional
 */
public record SetChargingProfileResponse(
        @Nullable CustomData customData,
        ChargingProfileStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public SetChargingProfileResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public SetChargingProfileResponse(ChargingProfileStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "SetChargingProfile";
    }
}
