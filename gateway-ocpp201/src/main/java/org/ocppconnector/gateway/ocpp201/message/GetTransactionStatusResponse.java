package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * GetTransactionStatusResponse (OCPP 2.0.1, functional block E Transactions): whether messages are queued and
 * whether the transaction is ongoing.
 *
 * @param customData vendor-specific data; optional
 * @param ongoingIndicator whether the transaction is ongoing; absent when no transaction was named; optional
 * @param messagesInQueue whether transaction messages are still queued
 */
public record GetTransactionStatusResponse(
        @Nullable CustomData customData,
        @Nullable Boolean ongoingIndicator,
        boolean messagesInQueue)
        implements Ocpp201Response {
    /** Without customData. */
    public GetTransactionStatusResponse(@Nullable Boolean ongoingIndicator, boolean messagesInQueue) {
        this(null, ongoingIndicator, messagesInQueue);
    }

    @Override
    public String action() {
        return "GetTransactionStatus";
    }
}
