package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * LogStatusNotificationRequest (OCPP 2.0.1, functional block N Diagnostics): the station reports the progress of a
 * log upload.
 *
 * @param customData vendor-specific data; optional
 * @param status the progress of a log upload
 * @param requestId the id of the GetLog request; absent when idle; optional
 */
public record LogStatusNotificationRequest(
        @Nullable CustomData customData,
        UploadLogStatusEnumType status,
        @Nullable Integer requestId)
        implements Ocpp201Request {
    public LogStatusNotificationRequest {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public LogStatusNotificationRequest(UploadLogStatusEnumType status, @Nullable Integer requestId) {
        this(null, status, requestId);
    }

    @Override
    public String action() {
        return "LogStatusNotification";
    }
}
