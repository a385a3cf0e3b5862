package org.ocppconnector.gateway.ocpp16.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * GetDiagnostics.req (OCPP 1.6 §6.25).
 *
 * @param location the absolute URI to upload the diagnostics file to
 * @param retries how often to retry a failed upload
 * @param retryInterval seconds between retries
 * @param startTime the oldest log entry wanted
 * @param stopTime the latest log entry wanted
 */
public record GetDiagnosticsRequest(
        String location,
        @Nullable Integer retries,
        @Nullable Integer retryInterval,
        @Nullable DateTime startTime,
        @Nullable DateTime stopTime)
        implements Ocpp16Request {
    public GetDiagnosticsRequest {
        Checks.absoluteUri("location", location);
    }

    @Override
    public String action() {
        return "GetDiagnostics";
    }
}
