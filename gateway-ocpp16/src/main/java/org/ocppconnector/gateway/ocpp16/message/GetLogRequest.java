package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * GetLog.req (OCPP 1.6 security extension).
 *
 * @param log where to upload and which entries
 * @param logType which log
 * @param requestId the id LogStatusNotification.req will refer to
 * @param retries how often to retry a failed upload
 * @param retryInterval seconds between retries
 */
public record GetLogRequest(
        LogParameters log,
        LogEnumType logType,
        int requestId,
        @Nullable Integer retries,
        @Nullable Integer retryInterval)
        implements Ocpp16Request {
    public GetLogRequest {
        requireNonNull(log, "log");
        requireNonNull(logType, "logType");
    }

    @Override
    public String action() {
        return "GetLog";
    }
}
