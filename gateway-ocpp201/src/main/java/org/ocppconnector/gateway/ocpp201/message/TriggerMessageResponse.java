package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * TriggerMessageResponse (OCPP 2.0.1, functional block F Remote Control): whether the station will send it.
 *
 * @param customData vendor-specific data; optional
 * @param status whether the station will send a triggered message
 * @param statusInfo more about the status; optional
 */
public record TriggerMessageResponse(
        @Nullable CustomData customData,
        TriggerMessageStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public TriggerMessageResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public TriggerMessageResponse(TriggerMessageStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "TriggerMessage";
    }
}
