package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * GetCompositeScheduleRequest (OCPP 2.0.1, functional block K Smart Charging): the CSMS asks for the schedule that
 * results from all profiles on an EVSE.
 *
 * @param customData vendor-specific data; optional
 * @param duration the duration in seconds
 * @param chargingRateUnit the unit of charging limits, W or A; optional
 * @param evseId the EVSE, counted from 1 (0: the whole station)
 */
public record GetCompositeScheduleRequest(
        @Nullable CustomData customData,
        int duration,
        @Nullable ChargingRateUnitEnumType chargingRateUnit,
        int evseId)
        implements Ocpp201Request {
    /** Without customData. */
    public GetCompositeScheduleRequest(int duration, @Nullable ChargingRateUnitEnumType chargingRateUnit, int evseId) {
        this(null, duration, chargingRateUnit, evseId);
    }

    @Override
    public String action() {
        return "GetCompositeSchedule";
    }
}
