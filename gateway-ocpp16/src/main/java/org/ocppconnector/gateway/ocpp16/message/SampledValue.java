package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * OCPP 1.6 §7.43 SampledValue: one measured value. Absent optional fields stay absent, so the
 * payload encodes back as written; the {@code ...OrDefault()} methods give the values §7.43 says
 * an absent field stands for.
 *
 * @param value the value: a decimal for {@link ValueFormat#RAW}, else signed data
 * @param context why it was taken; default {@code Sample.Periodic}
 * @param format raw or signed; default {@code Raw}
 * @param measurand what was measured; default {@code Energy.Active.Import.Register}
 * @param phase the phase it applies to; no default
 * @param location where it was measured; default {@code Outlet}
 * @param unit its unit; default {@code Wh} for energy measurands
 */
public record SampledValue(
        String value,
        @Nullable ReadingContext context,
        @Nullable ValueFormat format,
        @Nullable Measurand measurand,
        @Nullable Phase phase,
        @Nullable Location location,
        @Nullable UnitOfMeasure unit) {
    public SampledValue {
        requireNonNull(value, "value");
    }

    /** A value with every optional field absent. */
    public static SampledValue of(String value) {
        return new SampledValue(value, null, null, null, null, null, null);
    }

    public ReadingContext contextOrDefault() {
        return context == null ? ReadingContext.SAMPLE_PERIODIC : context;
    }

    public ValueFormat formatOrDefault() {
        return format == null ? ValueFormat.RAW : format;
    }

    public Measurand measurandOrDefault() {
        return measurand == null ? Measurand.ENERGY_ACTIVE_IMPORT_REGISTER : measurand;
    }

    public Location locationOrDefault() {
        return location == null ? Location.OUTLET : location;
    }

    /**
     * The unit, or §7.43's default: "Wh" if the (default) measurand is an energy measurand, else
     * none.
     */
    public Optional<UnitOfMeasure> unitOrDefault() {
        if (unit != null) {
            return Optional.of(unit);
        }
        return measurandOrDefault().wireName().startsWith("Energy.")
                ? Optional.of(UnitOfMeasure.WH)
                : Optional.empty();
    }
}
