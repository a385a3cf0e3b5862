package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * SignedUpdateFirmware.req (OCPP 1.6 security extension).
 *
 * @param retries how often to retry a failed download
 * @param retryInterval seconds between retries
 * @param requestId the id SignedFirmwareStatusNotification.req will refer to
 * @param firmware the image to install
 */
public record SignedUpdateFirmwareRequest(
        @Nullable Integer retries, @Nullable Integer retryInterval, int requestId, Firmware firmware)
        implements Ocpp16Request {
    public SignedUpdateFirmwareRequest {
        requireNonNull(firmware, "firmware");
    }

    @Override
    public String action() {
        return "SignedUpdateFirmware";
    }
}
