package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * OCPP 1.6 §7.33 MeterValue: values sampled at one point in time.
 *
 * @param timestamp when they were sampled
 * @param sampledValue the values
 */
public record MeterValue(DateTime timestamp, List<SampledValue> sampledValue) {
    public MeterValue {
        requireNonNull(timestamp, "timestamp");
        sampledValue = Checks.list("sampledValue", sampledValue);
    }
}
