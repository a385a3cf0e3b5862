package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * ClearedChargingLimitRequest (OCPP 2.0.1, functional block K Smart Charging): the station reports that an external
 * charging limit no longer applies.
 *
 * @param customData vendor-specific data; optional
 * @param chargingLimitSource who set the limit
 * @param evseId the EVSE, counted from 1 (0: the whole station); optional
 */
public record ClearedChargingLimitRequest(
        @Nullable CustomData customData,
        ChargingLimitSourceEnumType chargingLimitSource,
        @Nullable Integer evseId)
        implements Ocpp201Request {
    public ClearedChargingLimitRequest {
        requireNonNull(chargingLimitSource, "chargingLimitSource");
    }

    /** Without customData. */
    public ClearedChargingLimitRequest(ChargingLimitSourceEnumType chargingLimitSource, @Nullable Integer evseId) {
        this(null, chargingLimitSource, evseId);
    }

    @Override
    public String action() {
        return "ClearedChargingLimit";
    }
}
