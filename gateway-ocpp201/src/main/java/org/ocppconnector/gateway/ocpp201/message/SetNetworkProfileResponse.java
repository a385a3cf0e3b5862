package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * SetNetworkProfileResponse (OCPP 2.0.1, functional block B Provisioning): whether the profile was stored.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of SetNetworkProfile
 * @param statusInfo more about the status; optional
 */
public record SetNetworkProfileResponse(
        @Nullable CustomData customData,
        SetNetworkProfileStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public SetNetworkProfileResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public SetNetworkProfileResponse(SetNetworkProfileStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "SetNetworkProfile";
    }
}
