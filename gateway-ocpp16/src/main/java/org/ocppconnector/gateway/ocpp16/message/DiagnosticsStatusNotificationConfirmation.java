package org.ocppconnector.gateway.ocpp16.message;

/** DiagnosticsStatusNotification.conf (OCPP 1.6 §6.18): an empty payload. */
public record DiagnosticsStatusNotificationConfirmation() implements Ocpp16Confirmation {
    @Override
    public String action() {
        return "DiagnosticsStatusNotification";
    }
}
