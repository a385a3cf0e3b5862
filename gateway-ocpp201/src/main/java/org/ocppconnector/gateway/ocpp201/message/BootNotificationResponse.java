package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * BootNotificationResponse (OCPP 2.0.1, functional block B Provisioning): whether the CSMS accepts the station, its
 * current time, and the heartbeat interval (while pending: when to retry).
 *
 * @param customData vendor-specific data; optional
 * @param currentTime the CSMS's current time
 * @param interval the heartbeat interval in seconds (while pending: when to send BootNotification again)
 * @param status whether the CSMS accepts a station that booted
 * @param statusInfo more about the status; optional
 */
public record BootNotificationResponse(
        @Nullable CustomData customData,
        DateTime currentTime,
        int interval,
        RegistrationStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public BootNotificationResponse {
        requireNonNull(currentTime, "currentTime");
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public BootNotificationResponse(
            DateTime currentTime,
            int interval,
            RegistrationStatusEnumType status,
            @Nullable StatusInfo statusInfo) {
        this(null, currentTime, interval, status, statusInfo);
    }

    @Override
    public String action() {
        return "BootNotification";
    }
}
