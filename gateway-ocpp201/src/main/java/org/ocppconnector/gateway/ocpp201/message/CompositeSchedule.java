package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * OCPP 2.0.1 CompositeScheduleType: the schedule that results from all charging profiles on an EVSE.
 *
 * @param customData vendor-specific data; optional
 * @param chargingSchedulePeriod the periods, in increasing order of startPeriod; at least 1 item
 * @param evseId the EVSE, counted from 1 (0: the whole station)
 * @param duration the duration in seconds
 * @param scheduleStart when the schedule starts
 * @param chargingRateUnit the unit of charging limits, W or A
 */
public record CompositeSchedule(
        @Nullable CustomData customData,
        List<ChargingSchedulePeriod> chargingSchedulePeriod,
        int evseId,
        int duration,
        DateTime scheduleStart,
        ChargingRateUnitEnumType chargingRateUnit) {
    public CompositeSchedule {
        chargingSchedulePeriod = Checks.minItems("chargingSchedulePeriod", chargingSchedulePeriod, 1);
        requireNonNull(scheduleStart, "scheduleStart");
        requireNonNull(chargingRateUnit, "chargingRateUnit");
    }

    /** Without customData. */
    public CompositeSchedule(
            List<ChargingSchedulePeriod> chargingSchedulePeriod,
            int evseId,
            int duration,
            DateTime scheduleStart,
            ChargingRateUnitEnumType chargingRateUnit) {
        this(null, chargingSchedulePeriod, evseId, duration, scheduleStart, chargingRateUnit);
    }
}
