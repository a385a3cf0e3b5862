package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * GetDisplayMessagesResponse (OCPP 2.0.1, functional block O Display Message): whether messages follow in
 * NotifyDisplayMessages messages.
 *
 * @param customData vendor-specific data; optional
 * @param status whether display messages will be reported
 * @param statusInfo more about the status; optional
 */
public record GetDisplayMessagesResponse(
        @Nullable CustomData customData,
        GetDisplayMessagesStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public GetDisplayMessagesResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public GetDisplayMessagesResponse(GetDisplayMessagesStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "GetDisplayMessages";
    }
}
