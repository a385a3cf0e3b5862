package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * OCPP 2.0.1 ChargingScheduleType: limits over time in A or W, with an optional ISO 15118 sales tariff.
 *
 * @param customData vendor-specific data; optional
 * @param id the id of the schedule
 * @param startSchedule when the schedule starts (for an absolute profile); optional
 * @param duration the duration in seconds; optional
 * @param chargingRateUnit the unit of charging limits, W or A
 * @param chargingSchedulePeriod the periods, in increasing order of startPeriod; 1 to 1024 items
 * @param minChargingRate the minimum charging rate in the schedule's unit, below which charging is inefficient;
 *     optional
 * @param salesTariff the ISO 15118 sales tariff; optional
 */
public record ChargingSchedule(
        @Nullable CustomData customData,
        int id,
        @Nullable DateTime startSchedule,
        @Nullable Integer duration,
        ChargingRateUnitEnumType chargingRateUnit,
        List<ChargingSchedulePeriod> chargingSchedulePeriod,
        @Nullable BigDecimal minChargingRate,
        @Nullable SalesTariff salesTariff) {
    public ChargingSchedule {
        requireNonNull(chargingRateUnit, "chargingRateUnit");
        chargingSchedulePeriod = Checks.items("chargingSchedulePeriod", chargingSchedulePeriod, 1, 1024);
    }

    /** Without customData. */
    public ChargingSchedule(
            int id,
            @Nullable DateTime startSchedule,
            @Nullable Integer duration,
            ChargingRateUnitEnumType chargingRateUnit,
            List<ChargingSchedulePeriod> chargingSchedulePeriod,
            @Nullable BigDecimal minChargingRate,
            @Nullable SalesTariff salesTariff) {
        this(null, id, startSchedule, duration, chargingRateUnit, chargingSchedulePeriod, minChargingRate, salesTariff);
    }
}
