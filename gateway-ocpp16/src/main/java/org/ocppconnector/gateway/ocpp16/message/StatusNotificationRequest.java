package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * StatusNotification.req (OCPP 1.6 §6.47).
 *
 * @param connectorId the connector, or 0 for the whole station
 * @param errorCode the error, {@code NoError} if none
 * @param info free text, at most 50 characters
 * @param status the connector's state
 * @param timestamp when the state was entered
 * @param vendorId the vendor of {@code vendorErrorCode}, at most 255 characters
 * @param vendorErrorCode the vendor's error code, at most 50 characters
 */
public record StatusNotificationRequest(
        int connectorId,
        ChargePointErrorCode errorCode,
        @Nullable String info,
        ChargePointStatus status,
        @Nullable DateTime timestamp,
        @Nullable String vendorId,
        @Nullable String vendorErrorCode)
        implements Ocpp16Request {
    public StatusNotificationRequest {
        requireNonNull(errorCode, "errorCode");
        Checks.maxLengthOrNull("info", info, 50);
        requireNonNull(status, "status");
        Checks.maxLengthOrNull("vendorId", vendorId, 255);
        Checks.maxLengthOrNull("vendorErrorCode", vendorErrorCode, 50);
    }

    @Override
    public String action() {
        return "StatusNotification";
    }
}
