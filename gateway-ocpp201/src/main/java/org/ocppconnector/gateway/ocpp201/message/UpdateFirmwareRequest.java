package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * UpdateFirmwareRequest (OCPP 2.0.1, functional block L Firmware Management): the CSMS asks the station to download
 * and install a signed firmware.
 *
 * @param customData vendor-specific data; optional
 * @param retries how often to retry; optional
 * @param retryInterval the interval between retries in seconds; optional
 * @param requestId the id of the request, which the messages that follow it carry
 * @param firmware the firmware
 */
public record UpdateFirmwareRequest(
        @Nullable CustomData customData,
        @Nullable Integer retries,
        @Nullable Integer retryInterval,
        int requestId,
        Firmware firmware)
        implements Ocpp201Request {
    public UpdateFirmwareRequest {
        requireNonNull(firmware, "firmware");
    }

    /** Without customData. */
    public UpdateFirmwareRequest(
            @Nullable Integer retries,
            @Nullable Integer retryInterval,
            int requestId,
            Firmware firmware) {
        this(null, retries, retryInterval, requestId, firmware);
    }

    @Override
    public String action() {
        return "UpdateFirmware";
    }
}
