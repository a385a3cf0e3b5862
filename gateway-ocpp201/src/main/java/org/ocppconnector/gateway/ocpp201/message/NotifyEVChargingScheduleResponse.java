package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * NotifyEVChargingScheduleResponse (OCPP 2.0.1, functional block K Smart Charging): whether the CSMS accepts the
 * schedule.
 *
 * @param customData vendor-specific data; optional
 * @param status accepted or rejected
 * @param statusInfo more about the status; optional
 */
public record NotifyEVChargingScheduleResponse(
        @Nullable CustomData customData,
        GenericStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public NotifyEVChargingScheduleResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public NotifyEVChargingScheduleResponse(GenericStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "NotifyEVChargingSchedule";
    }
}
