package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * OCPP 2.0.1 RelativeTimeIntervalType: a time interval relative to the start of a sales tariff.
 *
 * @param customData vendor-specific data; optional
 * @param start the start in seconds from the start of the tariff
 * @param duration the duration in seconds; optional
 */
public record RelativeTimeInterval(@Nullable CustomData customData, int start, @Nullable Integer duration) {
    /** Without customData. */
    public RelativeTimeInterval(int start, @Nullable Integer duration) {
        this(null, start, duration);
    }
}
