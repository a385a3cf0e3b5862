package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 ChargingStationType: the station's model, vendor, serial number, firmware version and modem.
 *
 * @param customData vendor-specific data; optional
 * @param serialNumber the serial number of the station; at most 25 characters, optional
 * @param model the model of the station; at most 20 characters
 * @param modem the modem; optional
 * @param vendorName the vendor of the station; at most 50 characters
 * @param firmwareVersion the version of the firmware; at most 50 characters, optional
 */
public record ChargingStation(
        @Nullable CustomData customData,
        @Nullable String serialNumber,
        String model,
        @Nullable Modem modem,
        String vendorName,
        @Nullable String firmwareVersion) {
    public ChargingStation {
        Checks.maxLengthOrNull("serialNumber", serialNumber, 25);
        Checks.maxLength("model", model, 20);
        Checks.maxLength("vendorName", vendorName, 50);
        Checks.maxLengthOrNull("firmwareVersion", firmwareVersion, 50);
    }

    /** Without customData. */
    public ChargingStation(
            @Nullable String serialNumber,
            String model,
            @Nullable Modem modem,
            String vendorName,
            @Nullable String firmwareVersion) {
        this(null, serialNumber, model, modem, vendorName, firmwareVersion);
    }
}
