package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * OCPP 1.6 §7.13 ChargingSchedule: limits over time.
 *
 * @param duration seconds the schedule lasts; absent means until the profile ends
 * @param startSchedule when an absolute schedule starts
 * @param chargingRateUnit the unit of the limits
 * @param chargingSchedulePeriod the periods, in order of {@code startPeriod}
 * @param minChargingRate the lowest rate the EV charges efficiently at; a multiple of 0.1
 */
public record ChargingSchedule(
        @Nullable Integer duration,
        @Nullable DateTime startSchedule,
        ChargingRateUnitType chargingRateUnit,
        List<ChargingSchedulePeriod> chargingSchedulePeriod,
        @Nullable BigDecimal minChargingRate) {
    public ChargingSchedule {
        requireNonNull(chargingRateUnit, "chargingRateUnit");
        chargingSchedulePeriod = Checks.list("chargingSchedulePeriod", chargingSchedulePeriod);
        Checks.multipleOfTenthOrNull("minChargingRate", minChargingRate);
    }
}
