package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * UnlockConnectorResponse (OCPP 2.0.1, functional block F Remote Control): the outcome.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of UnlockConnector
 * @param statusInfo more about the status; optional
 */
public record UnlockConnectorResponse(
        @Nullable CustomData customData,
        UnlockStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public UnlockConnectorResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public UnlockConnectorResponse(UnlockStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "UnlockConnector";
    }
}
