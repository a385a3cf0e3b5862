package org.ocppconnector.gateway.ocpp16.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * DataTransfer.req (OCPP 1.6 §6.15): vendor-specific data, in either direction.
 *
 * @param vendorId the vendor, at most 255 characters
 * @param messageId the vendor's message kind, at most 50 characters
 * @param data the vendor's data, of any length
 */
public record DataTransferRequest(String vendorId, @Nullable String messageId, @Nullable String data)
        implements Ocpp16Request {
    public DataTransferRequest {
        Checks.maxLength("vendorId", vendorId, 255);
        Checks.maxLengthOrNull("messageId", messageId, 50);
    }

    @Override
    public String action() {
        return "DataTransfer";
    }
}
