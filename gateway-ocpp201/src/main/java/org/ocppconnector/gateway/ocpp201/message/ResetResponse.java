package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * ResetResponse (OCPP 2.0.1, functional block B Provisioning): whether the reset happens at once, is scheduled, or
 * is rejected.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of Reset
 * @param statusInfo more about the status; optional
 */
public record ResetResponse(
        @Nullable CustomData customData,
        ResetStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public ResetResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public ResetResponse(ResetStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "Reset";
    }
}
