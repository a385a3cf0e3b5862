package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * ClearDisplayMessageResponse (OCPP 2.0.1, functional block O Display Message): whether the message was known and
 * removed.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of ClearDisplayMessage
 * @param statusInfo more about the status; optional
 */
public record ClearDisplayMessageResponse(
        @Nullable CustomData customData,
        ClearMessageStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public ClearDisplayMessageResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public ClearDisplayMessageResponse(ClearMessageStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "ClearDisplayMessage";
    }
}
