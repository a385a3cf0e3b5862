package org.ocppconnector.gateway.ocpp16.message;

/** LogStatusNotification.conf (OCPP 1.6 security extension): an empty payload. */
public record LogStatusNotificationConfirmation() implements Ocpp16Confirmation {
    @Override
    public String action() {
        return "LogStatusNotification";
    }
}
