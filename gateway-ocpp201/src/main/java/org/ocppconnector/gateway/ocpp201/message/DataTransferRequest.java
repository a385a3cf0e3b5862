package org.ocppconnector.gateway.ocpp201.message;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * DataTransferRequest (OCPP 2.0.1, functional block P Data Transfer): vendor-specific data, sent by either side.
 *
 * @param customData vendor-specific data; optional
 * @param messageId the message, a vendor-specific identifier; at most 50 characters, optional
 * @param data the data, of any JSON type; optional
 * @param vendorId the vendor, e.g. a reversed domain name; at most 255 characters
 */
public record DataTransferRequest(
        @Nullable CustomData customData,
        @Nullable String messageId,
        @Nullable JsonNode data,
        String vendorId)
        implements Ocpp201Request {
    public DataTransferRequest {
        Checks.maxLengthOrNull("messageId", messageId, 50);
        data = data == null ? null : data.deepCopy();
        Checks.maxLength("vendorId", vendorId, 255);
    }

    /** Without customData. */
    public DataTransferRequest(@Nullable String messageId, @Nullable JsonNode data, String vendorId) {
        this(null, messageId, data, vendorId);
    }

    /** The data, a copy (JSON nodes are mutable); null if absent, a {@code NullNode} if JSON null. */
    @Override
    public @Nullable JsonNode data() {
        return data == null ? null : data.deepCopy();
    }

    @Override
    public String action() {
        return "DataTransfer";
    }
}
