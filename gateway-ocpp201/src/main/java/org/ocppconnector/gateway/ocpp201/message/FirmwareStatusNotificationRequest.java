package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * FirmwareStatusNotificationRequest (OCPP 2.0.1, functional block L Firmware Management): the station reports the
 * progress of a firmware update.
 *
 * @param customData vendor-specific data; optional
 * @param status the progress of a firmware update
 * @param requestId the id of the UpdateFirmware request; absent when idle; optional
 */
public record FirmwareStatusNotificationRequest(
        @Nullable CustomData customData,
        FirmwareStatusEnumType status,
        @Nullable Integer requestId)
        implements Ocpp201Request {
    public FirmwareStatusNotificationRequest {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public FirmwareStatusNotificationRequest(FirmwareStatusEnumType status, @Nullable Integer requestId) {
        this(null, status, requestId);
    }

    @Override
    public String action() {
        return "FirmwareStatusNotification";
    }
}
