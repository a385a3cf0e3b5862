package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * OCPP 2.0.1 ChargingLimitType: who set an external charging limit, and whether it is grid critical.
 *
 * @param customData vendor-specific data; optional
 * @param chargingLimitSource who set the limit
 * @param isGridCritical whether the limit is critical for the grid; optional
 */
public record ChargingLimit(
        @Nullable CustomData customData,
        ChargingLimitSourceEnumType chargingLimitSource,
        @Nullable Boolean isGridCritical) {
    public ChargingLimit {
        requireNonNull(chargingLimitSource, "chargingLimitSource");
    }

    /** Without customData. */
    public ChargingLimit(ChargingLimitSourceEnumType chargingLimitSource, @Nullable Boolean isGridCritical) {
        this(null, chargingLimitSource, isGridCritical);
    }
}
