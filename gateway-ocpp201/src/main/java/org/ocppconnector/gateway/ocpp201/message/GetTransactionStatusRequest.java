package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * GetTransactionStatusRequest (OCPP 2.0.1, functional block E Transactions): the CSMS asks whether transaction
 * messages are still queued, for one transaction or all.
 *
 * @param customData vendor-specific data; optional
 * @param transactionId the transaction to ask about; absent: any; at most 36 characters, optional
 */
public record GetTransactionStatusRequest(
        @Nullable CustomData customData,
        @Nullable String transactionId)
        implements Ocpp201Request {
    public GetTransactionStatusRequest {
        Checks.maxLengthOrNull("transactionId", transactionId, 36);
    }

    /** Without customData. */
    public GetTransactionStatusRequest(@Nullable String transactionId) {
        this(null, transactionId);
    }

    @Override
    public String action() {
        return "GetTransactionStatus";
    }
}
