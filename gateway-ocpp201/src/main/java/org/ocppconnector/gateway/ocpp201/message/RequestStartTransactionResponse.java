package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * RequestStartTransactionResponse (OCPP 2.0.1, functional block F Remote Control): whether the station will try,
 * and the id of a transaction that is already running.
 *
 * @param customData vendor-specific data; optional
 * @param status whether the station will try to start or stop a transaction
 * @param statusInfo more about the status; optional
 * @param transactionId the id of the transaction, chosen by the station; at most 36 characters, optional
 */
public record RequestStartTransactionResponse(
        @Nullable CustomData customData,
        RequestStartStopStatusEnumType status,
        @Nullable StatusInfo statusInfo,
        @Nullable String transactionId)
        implements Ocpp201Response {
    public RequestStartTransactionResponse {
        requireNonNull(status, "status");
        Checks.maxLengthOrNull("transactionId", transactionId, 36);
    }

    /** Without customData. */
    public RequestStartTransactionResponse(
            RequestStartStopStatusEnumType status,
            @Nullable StatusInfo statusInfo,
            @Nullable String transactionId) {
        this(null, status, statusInfo, transactionId);
    }

    @Override
    public String action() {
        return "RequestStartTransaction";
    }
}
