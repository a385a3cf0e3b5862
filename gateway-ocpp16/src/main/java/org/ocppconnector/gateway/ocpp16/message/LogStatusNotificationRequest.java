package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * LogStatusNotification.req (OCPP 1.6 security extension).
 *
 * @param status the state of the log upload
 * @param requestId the GetLog.req it reports on
 */
public record LogStatusNotificationRequest(UploadLogStatusEnumType status, @Nullable Integer requestId)
        implements Ocpp16Request {
    public LogStatusNotificationRequest {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "LogStatusNotification";
    }
}
