package org.ocppconnector.gateway.ocpp16.message;

/** FirmwareStatusNotification.conf (OCPP 1.6 §6.20): an empty payload. */
public record FirmwareStatusNotificationConfirmation() implements Ocpp16Confirmation {
    @Override
    public String action() {
        return "FirmwareStatusNotification";
    }
}
