package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * OCPP 2.0.1 SampledValueType: one sampled value with its context, measurand, phase, location, unit and optional
 * signed meter data. The value is a number in 2.0.1, unlike 1.6's string.
 *
 * @param customData vendor-specific data; optional
 * @param value the value, in the unit of unitOfMeasure
 * @param context why a value was sampled; optional, default {@code Sample.Periodic}
 * @param measurand what was measured; optional, default {@code Energy.Active.Import.Register}
 * @param phase the phase, or pair of phases, a value applies to; optional
 * @param location where the value was measured; optional, default {@code Outlet}
 * @param signedMeterValue the value as the meter signed it; optional
 * @param unitOfMeasure the unit of the value; absent: Wh with multiplier 0; optional
 */
public record SampledValue(
        @Nullable CustomData customData,
        BigDecimal value,
        @Nullable ReadingContextEnumType context,
        @Nullable MeasurandEnumType measurand,
        @Nullable PhaseEnumType phase,
        @Nullable LocationEnumType location,
        @Nullable SignedMeterValue signedMeterValue,
        @Nullable UnitOfMeasure unitOfMeasure) {
    public SampledValue {
        requireNonNull(value, "value");
    }

    /** Without customData. */
    public SampledValue(
            BigDecimal value,
            @Nullable ReadingContextEnumType context,
            @Nullable MeasurandEnumType measurand,
            @Nullable PhaseEnumType phase,
            @Nullable LocationEnumType location,
            @Nullable SignedMeterValue signedMeterValue,
            @Nullable UnitOfMeasure unitOfMeasure) {
        this(null, value, context, measurand, phase, location, signedMeterValue, unitOfMeasure);
    }

    /** The context, or {@code Sample.Periodic} if absent. */
    public ReadingContextEnumType contextOrDefault() {
        return context == null ? ReadingContextEnumType.SAMPLE_PERIODIC : context;
    }

    /** The measurand, or {@code Energy.Active.Import.Register} if absent. */
    public MeasurandEnumType measurandOrDefault() {
        return measurand == null ? MeasurandEnumType.ENERGY_ACTIVE_IMPORT_REGISTER : measurand;
    }

    /** The location, or {@code Outlet} if absent. */
    public LocationEnumType locationOrDefault() {
        return location == null ? LocationEnumType.OUTLET : location;
    }
}
