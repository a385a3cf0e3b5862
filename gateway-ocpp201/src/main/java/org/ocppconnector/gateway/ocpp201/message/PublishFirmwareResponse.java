package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * PublishFirmwareResponse (OCPP 2.0.1, functional block L Firmware Management): whether the request was accepted.
 *
 * @param customData vendor-specific data; optional
 * @param status accepted or rejected
 * @param statusInfo more about the status; optional
 */
public record PublishFirmwareResponse(
        @Nullable CustomData customData,
        GenericStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public PublishFirmwareResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public PublishFirmwareResponse(GenericStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "PublishFirmware";
    }
}
