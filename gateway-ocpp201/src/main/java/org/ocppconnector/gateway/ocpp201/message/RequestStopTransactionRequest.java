package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * RequestStopTransactionRequest (OCPP 2.0.1, functional block F Remote Control): the CSMS asks the station to stop
 * a transaction.
 *
 * @param customData vendor-specific data; optional
 * @param transactionId the id of the transaction, chosen by the station; at most 36 characters
 */
public record RequestStopTransactionRequest(
        @Nullable CustomData customData,
        String transactionId)
        implements Ocpp201Request {
    public RequestStopTransactionRequest {
        Checks.maxLength("transactionId", transactionId, 36);
    }

    /** Without customData. */
    public RequestStopTransactionRequest(String transactionId) {
        this(null, transactionId);
    }

    @Override
    public String action() {
        return "RequestStopTransaction";
    }
}
