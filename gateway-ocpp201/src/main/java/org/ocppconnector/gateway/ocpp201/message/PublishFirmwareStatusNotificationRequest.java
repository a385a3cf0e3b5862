package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * PublishFirmwareStatusNotificationRequest (OCPP 2.0.1, functional block L Firmware Management): a local controller
 * reports the progress of publishing a firmware.
 *
 * @param customData vendor-specific data; optional
 * @param status the progress of publishing a firmware
 * @param location the URLs where the firmware is published, when it is; at least 1 item, each at most 512
 *     characters, optional
 * @param requestId the id of the PublishFirmware request; optional
 */
public record PublishFirmwareStatusNotificationRequest(
        @Nullable CustomData customData,
        PublishFirmwareStatusEnumType status,
        @Nullable List<String> location,
        @Nullable Integer requestId)
        implements Ocpp201Request {
    public PublishFirmwareStatusNotificationRequest {
        requireNonNull(status, "status");
        location = Checks.maxLengthEachOrNull("location", Checks.minItemsOrNull("location", location, 1), 512);
    }

    /** Without customData. */
    public PublishFirmwareStatusNotificationRequest(
            PublishFirmwareStatusEnumType status,
            @Nullable List<String> location,
            @Nullable Integer requestId) {
        this(null, status, location, requestId);
    }

    @Override
    public String action() {
        return "PublishFirmwareStatusNotification";
    }
}
