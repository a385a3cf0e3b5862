package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * GetLogRequest (OCPP 2.0.1, functional block N Diagnostics): the CSMS asks the station to upload a diagnostics or
 * security log.
 *
 * @param customData vendor-specific data; optional
 * @param log where to upload the log, and the time range
 * @param logType the kind of log to upload
 * @param requestId the id of the request, which the messages that follow it carry
 * @param retries how often to retry; optional
 * @param retryInterval the interval between retries in seconds; optional
 */
public record GetLogRequest(
        @Nullable CustomData customData,
        LogParameters log,
        LogEnumType logType,
        int requestId,
        @Nullable Integer retries,
        @Nullable Integer retryInterval)
        implements Ocpp201Request {
    public GetLogRequest {
        requireNonNull(log, "log");
        requireNonNull(logType, "logType");
    }

    /** Without customData. */
    public GetLogRequest(
            LogParameters log,
            LogEnumType logType,
            int requestId,
            @Nullable Integer retries,
            @Nullable Integer retryInterval) {
        this(null, log, logType, requestId, retries, retryInterval);
    }

    @Override
    public String action() {
        return "GetLog";
    }
}
