package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * RequestStopTransactionResponse (OCPP 2.0.1, functional block F Remote Control): whether the station will try.
 *
 * @param customData vendor-specific data; optional
 * @param status whether the station will try to start or stop a transaction
 * @param statusInfo more about the status; optional
 */
public record RequestStopTransactionResponse(
        @Nullable CustomData customData,
        RequestStartStopStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public RequestStopTransactionResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public RequestStopTransactionResponse(RequestStartStopStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "RequestStopTransaction";
    }
}
