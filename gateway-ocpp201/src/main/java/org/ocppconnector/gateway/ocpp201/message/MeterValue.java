package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * OCPP 2.0.1 MeterValueType: values sampled at one time.
 *
 * @param customData vendor-specific data; optional
 * @param sampledValue the sampled values; at least 1 item
 * @param timestamp when the values were sampled
 */
public record MeterValue(@Nullable CustomData customData, List<SampledValue> sampledValue, DateTime timestamp) {
    public MeterValue {
        sampledValue = Checks.minItems("sampledValue", sampledValue, 1);
        requireNonNull(timestamp, "timestamp");
    }

    /** Without customData. */
    public MeterValue(List<SampledValue> sampledValue, DateTime timestamp) {
        this(null, sampledValue, timestamp);
    }
}
