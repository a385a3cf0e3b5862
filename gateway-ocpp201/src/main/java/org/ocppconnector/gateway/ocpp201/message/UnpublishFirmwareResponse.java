package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * UnpublishFirmwareResponse (OCPP 2.0.1, functional block L Firmware Management): the outcome.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of UnpublishFirmware
 */
public record UnpublishFirmwareResponse(
        @Nullable CustomData customData,
        UnpublishFirmwareStatusEnumType status)
        implements Ocpp201Response {
    public UnpublishFirmwareResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public UnpublishFirmwareResponse(UnpublishFirmwareStatusEnumType status) {
        this(null, status);
    }

    @Override
    public String action() {
        return "UnpublishFirmware";
    }
}
