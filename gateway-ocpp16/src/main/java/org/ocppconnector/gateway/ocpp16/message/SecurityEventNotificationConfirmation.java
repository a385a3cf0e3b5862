package org.ocppconnector.gateway.ocpp16.message;

/** SecurityEventNotification.conf (OCPP 1.6 security extension): an empty payload. */
public record SecurityEventNotificationConfirmation() implements Ocpp16Confirmation {
    @Override
    public String action() {
        return "SecurityEventNotification";
    }
}
