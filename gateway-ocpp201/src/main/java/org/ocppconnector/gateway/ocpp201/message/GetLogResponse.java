package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * GetLogResponse (OCPP 2.0.1, functional block N Diagnostics): whether the upload starts, and the name of the file.
 *
 * @param customData vendor-specific data; optional
 * @param status whether a log upload starts
 * @param statusInfo more about the status; optional
 * @param filename the name of the file that will be uploaded; at most 255 characters, optional
 */
public record GetLogResponse(
        @Nullable CustomData customData,
        LogStatusEnumType status,
        @Nullable StatusInfo statusInfo,
        @Nullable String filename)
        implements Ocpp201Response {
    public GetLogResponse {
        requireNonNull(status, "status");
        Checks.maxLengthOrNull("filename", filename, 255);
    }

    /** Without customData. */
    public GetLogResponse(LogStatusEnumType status, @Nullable StatusInfo statusInfo, @Nullable String filename) {
        this(null, status, statusInfo, filename);
    }

    @Override
    public String action() {
        return "GetLog";
    }
}
