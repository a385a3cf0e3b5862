package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * GetChargingProfilesResponse (OCPP 2.0.1, functional block K Smart Charging): whether profiles follow in
 * ReportChargingProfiles messages.
 *
 * @param customData vendor-specific data; optional
 * @param status whether charging profiles will be reported
 * @param statusInfo more about the status; optional
 */
public record GetChargingProfilesResponse(
        @Nullable CustomData customData,
        GetChargingProfileStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public GetChargingProfilesResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public GetChargingProfilesResponse(GetChargingProfileStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "GetChargingProfiles";
    }
}
