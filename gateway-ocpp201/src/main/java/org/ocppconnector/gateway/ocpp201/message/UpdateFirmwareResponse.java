package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * UpdateFirmwareResponse (OCPP 2.0.1, functional block L Firmware Management): whether the update will be done.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of UpdateFirmware
 * @param statusInfo more about the status; optional
 */
public record UpdateFirmwareResponse(
        @Nullable CustomData customData,
        UpdateFirmwareStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public UpdateFirmwareResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public UpdateFirmwareResponse(UpdateFirmwareStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "UpdateFirmware";
    }
}
