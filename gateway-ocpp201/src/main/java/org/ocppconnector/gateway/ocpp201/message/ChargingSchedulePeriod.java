package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * OCPP 2.0.1 ChargingSchedulePeriodType: one period of a charging schedule, with the limit from startPeriod seconds
 * after the schedule starts.
 *
 * @param customData vendor-specific data; optional
 * @param startPeriod the start of the period in seconds from the start of the schedule
 * @param limit the limit in the schedule's unit (A or W)
 * @param numberPhases the number of phases to charge with (default: 3 for AC); optional
 * @param phaseToUse the phase to charge with, when charging with one phase; optional
 */
public record ChargingSchedulePeriod(
        @Nullable CustomData customData,
        int startPeriod,
        BigDecimal limit,
        @Nullable Integer numberPhases,
        @Nullable Integer phaseToUse) {
    public ChargingSchedulePeriod {
        requireNonNull(limit, "limit");
    }

    /** Without customData. */
    public ChargingSchedulePeriod(
            int startPeriod,
            BigDecimal limit,
            @Nullable Integer numberPhases,
            @Nullable Integer phaseToUse) {
        this(null, startPeriod, limit, numberPhases, phaseToUse);
    }
}
