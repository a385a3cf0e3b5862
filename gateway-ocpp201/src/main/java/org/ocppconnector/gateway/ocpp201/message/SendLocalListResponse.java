package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * SendLocalListResponse (OCPP 2.0.1, functional block D Local Authorization List Management): whether the update
 * was applied.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of SendLocalList
 * @param statusInfo more about the status; optional
 */
public record SendLocalListResponse(
        @Nullable CustomData customData,
        SendLocalListStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public SendLocalListResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public SendLocalListResponse(SendLocalListStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "SendLocalList";
    }
}
