package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * FirmwareStatusNotification.req (OCPP 1.6 §6.19).
 *
 * @param status the state of the firmware update
 */
public record FirmwareStatusNotificationRequest(FirmwareStatus status) implements Ocpp16Request {
    public FirmwareStatusNotificationRequest {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "FirmwareStatusNotification";
    }
}
