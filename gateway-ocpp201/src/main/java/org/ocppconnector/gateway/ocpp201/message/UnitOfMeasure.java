package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 UnitOfMeasureType: a unit and a power-of-ten multiplier.
 *
 * @param customData vendor-specific data; optional
 * @param unit the unit, e.g. Wh, kWh, A, V or Percent; at most 20 characters, optional, default {@code Wh}
 * @param multiplier the power of ten the value is multiplied by; optional, default {@code 0}
 */
public record UnitOfMeasure(@Nullable CustomData customData, @Nullable String unit, @Nullable Integer multiplier) {
    public UnitOfMeasure {
        Checks.maxLengthOrNull("unit", unit, 20);
    }

    /** Without customData. */
    public UnitOfMeasure(@Nullable String unit, @Nullable Integer multiplier) {
        this(null, unit, multiplier);
    }

    /** The unit, or {@code Wh} if absent. */
    public String unitOrDefault() {
        return unit == null ? "Wh" : unit;
    }

    /** The multiplier, or {@code 0} if absent. */
    public int multiplierOrDefault() {
        return multiplier == null ? 0 : multiplier;
    }
}
