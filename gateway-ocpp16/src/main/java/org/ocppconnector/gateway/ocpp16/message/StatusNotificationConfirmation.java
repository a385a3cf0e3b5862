package org.ocppconnector.gateway.ocpp16.message;

/** StatusNotification.conf (OCPP 1.6 §6.48): an empty payload. */
public record StatusNotificationConfirmation() implements Ocpp16Confirmation {
    @Override
    public String action() {
        return "StatusNotification";
    }
}
