package org.ocppconnector.gateway.ocpp16.message;

/** UpdateFirmware.conf (OCPP 1.6 §6.56): an empty payload. */
public record UpdateFirmwareConfirmation() implements Ocpp16Confirmation {
    @Override
    public String action() {
        return "UpdateFirmware";
    }
}
