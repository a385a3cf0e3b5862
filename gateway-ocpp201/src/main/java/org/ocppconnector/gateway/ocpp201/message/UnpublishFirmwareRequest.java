package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * UnpublishFirmwareRequest (OCPP 2.0.1, functional block L Firmware Management): the CSMS asks a local controller
 * to stop publishing a firmware.
 *
 * @param customData vendor-specific data; optional
 * @param checksum the MD5 checksum of the firmware file, as hex; at most 32 characters
 */
public record UnpublishFirmwareRequest(@Nullable CustomData customData, String checksum) implements Ocpp201Request {
    public UnpublishFirmwareRequest {
        Checks.maxLength("checksum", checksum, 32);
    }

    /** Without customData. */
    public UnpublishFirmwareRequest(String checksum) {
        this(null, checksum);
    }

    @Override
    public String action() {
        return "UnpublishFirmware";
    }
}
