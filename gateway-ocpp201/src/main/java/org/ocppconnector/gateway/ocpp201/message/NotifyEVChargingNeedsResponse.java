package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * NotifyEVChargingNeedsResponse (OCPP 2.0.1, functional block K Smart Charging): whether the CSMS will provide a
 * charging schedule.
 *
 * @param customData vendor-specific data; optional
 * @param status whether the CSMS will provide a charging schedule for an EV's needs
 * @param statusInfo more about the status; optional
 */
public record NotifyEVChargingNeedsResponse(
        @Nullable CustomData customData,
        NotifyEVChargingNeedsStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public NotifyEVChargingNeedsResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public NotifyEVChargingNeedsResponse(NotifyEVChargingNeedsStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "NotifyEVChargingNeeds";
    }
}
