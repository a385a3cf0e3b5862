package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * ClearedChargingLimitResponse (OCPP 2.0.1, functional block K Smart Charging): an acknowledgement without content.
 *
 * @param customData vendor-specific data; optional
 */
public record ClearedChargingLimitResponse(@Nullable CustomData customData) implements Ocpp201Response {
    /** Without customData. */
    public ClearedChargingLimitResponse() {
        this(null);
    }

    @Override
    public String action() {
        return "ClearedChargingLimit";
    }
}
