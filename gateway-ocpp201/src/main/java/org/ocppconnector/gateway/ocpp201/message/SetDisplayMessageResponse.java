package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * SetDisplayMessageResponse (OCPP 2.0.1, functional block O Display Message): whether the message was accepted, or
 * why not.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of SetDisplayMessage
 * @param statusInfo more about the status; optional
 */
public record SetDisplayMessageResponse(
        @Nullable CustomData customData,
        DisplayMessageStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public SetDisplayMessageResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public SetDisplayMessageResponse(DisplayMessageStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "SetDisplayMessage";
    }
}
