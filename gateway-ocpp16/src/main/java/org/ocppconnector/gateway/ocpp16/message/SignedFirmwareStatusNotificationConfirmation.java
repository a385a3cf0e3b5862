package org.ocppconnector.gateway.ocpp16.message;

/** SignedFirmwareStatusNotification.conf (OCPP 1.6 security extension): an empty payload. */
public record SignedFirmwareStatusNotificationConfirmation() implements Ocpp16Confirmation {
    @Override
    public String action() {
        return "SignedFirmwareStatusNotification";
    }
}
