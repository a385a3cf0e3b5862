package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * SignedUpdateFirmware.conf (OCPP 1.6 security extension).
 *
 * @param status whether the station will install the firmware
 */
public record SignedUpdateFirmwareConfirmation(UpdateFirmwareStatusEnumType status) implements Ocpp16Confirmation {
    public SignedUpdateFirmwareConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "SignedUpdateFirmware";
    }
}
