package org.ocppconnector.gateway.ocpp16.message;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 1.6 §7.14 ChargingSchedulePeriod: one period of a charging schedule.
 *
 * @param startPeriod seconds from the start of the schedule at which the period starts
 * @param limit the limit in the schedule's unit; a multiple of 0.1, kept exactly as written
 * @param numberPhases the phases that may be used; absent means 3 (see {@link #numberPhasesOrDefault()})
 */
public record ChargingSchedulePeriod(int startPeriod, BigDecimal limit, @Nullable Integer numberPhases) {
    public ChargingSchedulePeriod {
        Checks.multipleOfTenth("limit", limit);
    }

    /** §7.14: "numberPhases=3 will be assumed unless another number is given". */
    public int numberPhasesOrDefault() {
        return numberPhases == null ? 3 : numberPhases;
    }
}
