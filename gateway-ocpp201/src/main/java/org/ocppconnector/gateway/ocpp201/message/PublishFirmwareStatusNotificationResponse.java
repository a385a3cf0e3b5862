package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * PublishFirmwareStatusNotificationResponse (OCPP 2.0.1, functional block L Firmware Management): an
 * acknowledgement without content.
 *
 * @param customData vendor-specific data; optional
 */
public record PublishFirmwareStatusNotificationResponse(@Nullable CustomData customData) implements Ocpp201Response {
    /** Without customData. */
    public PublishFirmwareStatusNotificationResponse() {
        this(null);
    }

    @Override
    public String action() {
        return "PublishFirmwareStatusNotification";
    }
}
