package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * GetLog.conf (OCPP 1.6 security extension).
 *
 * @param status whether the upload will happen
 * @param filename the file that will be uploaded, at most 255 characters
 */
public record GetLogConfirmation(LogStatusEnumType status, @Nullable String filename)
        implements Ocpp16Confirmation {
    public GetLogConfirmation {
        requireNonNull(status, "status");
        Checks.maxLengthOrNull("filename", filename, 255);
    }

    @Override
    public String action() {
        return "GetLog";
    }
}
