package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * NotifyCustomerInformationRequest (OCPP 2.0.1, functional block N Diagnostics): the station sends (part of) the
 * customer data CustomerInformation asked for.
 *
 * @param customData vendor-specific data; optional
 * @param data (part of) the customer data, as text; at most 512 characters
 * @param tbc whether more messages with the rest of the data follow; optional, default {@code false}
 * @param seqNo the sequence number of this message, counted from 0
 * @param generatedAt when the message was generated
 * @param requestId the id of the request, which the messages that follow it carry
 */
public record NotifyCustomerInformationRequest(
        @Nullable CustomData customData,
        String data,
        @Nullable Boolean tbc,
        int seqNo,
        DateTime generatedAt,
        int requestId)
        implements Ocpp201Request {
    public NotifyCustomerInformationRequest {
        Checks.maxLength("data", data, 512);
        requireNonNull(generatedAt, "generatedAt");
    }

    /** Without customData. */
    public NotifyCustomerInformationRequest(
            String data,
            @Nullable Boolean tbc,
            int seqNo,
            DateTime generatedAt,
            int requestId) {
        this(null, data, tbc, seqNo, generatedAt, requestId);
    }

    /** The tbc, or {@code false} if absent. */
    public boolean tbcOrDefault() {
        return tbc != null && tbc;
    }

    @Override
    public String action() {
        return "NotifyCustomerInformation";
    }
}
