package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 VariableCharacteristicsType: what a variable is, its unit, data type, limits, allowed values, and
 * whether it can be monitored.
 *
 * @param customData vendor-specific data; optional
 * @param unit the unit of the value; at most 16 characters, optional
 * @param dataType the data type of a variable's value
 * @param minLimit the minimum value the variable may have; optional
 * @param maxLimit the maximum value the variable may have; optional
 * @param valuesList the allowed values, comma-separated; at most 1000 characters, optional
 * @param supportsMonitoring whether the variable can be monitored
 */
public record VariableCharacteristics(
        @Nullable CustomData customData,
        @Nullable String unit,
        DataEnumType dataType,
        @Nullable BigDecimal minLimit,
        @Nullable BigDecimal maxLimit,
        @Nullable String valuesList,
        boolean supportsMonitoring) {
    public VariableCharacteristics {
        Checks.maxLengthOrNull("unit", unit, 16);
        requireNonNull(dataType, "dataType");
        Checks.maxLengthOrNull("valuesList", valuesList, 1000);
    }

    /** Without customData. */
    public VariableCharacteristics(
            @Nullable String unit,
            DataEnumType dataType,
            @Nullable BigDecimal minLimit,
            @Nullable BigDecimal maxLimit,
            @Nullable String valuesList,
            boolean supportsMonitoring) {
        this(null, unit, dataType, minLimit, maxLimit, valuesList, supportsMonitoring);
    }
}
