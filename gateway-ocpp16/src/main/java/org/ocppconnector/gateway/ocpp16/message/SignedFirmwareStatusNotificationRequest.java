package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * SignedFirmwareStatusNotification.req (OCPP 1.6 security extension).
 *
 * @param status the state of the firmware update
 * @param requestId the SignedUpdateFirmware.req it reports on
 */
public record SignedFirmwareStatusNotificationRequest(FirmwareStatusEnumType status, @Nullable Integer requestId)
        implements Ocpp16Request {
    public SignedFirmwareStatusNotificationRequest {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "SignedFirmwareStatusNotification";
    }
}
