package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * BootNotificationRequest (OCPP 2.0.1, functional block B Provisioning): the station introduces itself after
 * (re)booting, with the reason.
 *
 * @param customData vendor-specific data; optional
 * @param chargingStation the station
 * @param reason why the station booted
 */
public record BootNotificationRequest(
        @Nullable CustomData customData,
        ChargingStation chargingStation,
        BootReasonEnumType reason)
        implements Ocpp201Request {
    public BootNotificationRequest {
        requireNonNull(chargingStation, "chargingStation");
        requireNonNull(reason, "reason");
    }

    /** Without customData. */
    public BootNotificationRequest(ChargingStation chargingStation, BootReasonEnumType reason) {
        this(null, chargingStation, reason);
    }

    @Override
    public String action() {
        return "BootNotification";
    }
}
