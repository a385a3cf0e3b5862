package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * DataTransfer.conf (OCPP 1.6 §6.16).
 *
 * @param status whether the data was understood
 * @param data the vendor's answer, of any length
 */
public record DataTransferConfirmation(DataTransferStatus status, @Nullable String data)
        implements Ocpp16Confirmation {
    public DataTransferConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "DataTransfer";
    }
}
