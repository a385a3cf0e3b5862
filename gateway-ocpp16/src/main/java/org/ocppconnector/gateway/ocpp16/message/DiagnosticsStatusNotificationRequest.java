package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * DiagnosticsStatusNotification.req (OCPP 1.6 §6.17).
 *
 * @param status the state of the diagnostics upload
 */
public record DiagnosticsStatusNotificationRequest(DiagnosticsStatus status) implements Ocpp16Request {
    public DiagnosticsStatusNotificationRequest {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "DiagnosticsStatusNotification";
    }
}
