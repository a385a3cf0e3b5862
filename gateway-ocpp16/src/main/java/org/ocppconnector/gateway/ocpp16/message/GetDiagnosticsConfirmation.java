package org.ocppconnector.gateway.ocpp16.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * GetDiagnostics.conf (OCPP 1.6 §6.26).
 *
 * @param fileName the file that will be uploaded, at most 255 characters; absent if none
 */
public record GetDiagnosticsConfirmation(@Nullable String fileName) implements Ocpp16Confirmation {
    public GetDiagnosticsConfirmation {
        Checks.maxLengthOrNull("fileName", fileName, 255);
    }

    @Override
    public String action() {
        return "GetDiagnostics";
    }
}
