package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * NotifyChargingLimitResponse (OCPP 2.0.1, functional block K Smart Charging): an acknowledgement without content.
 *
 * @param customData vendor-specific data; optional
 */
public record NotifyChargingLimitResponse(@Nullable CustomData customData) implements Ocpp201Response {
    /** Without customData. */
    public NotifyChargingLimitResponse() {
        this(null);
    }

    @Override
    public String action() {
        return "NotifyChargingLimit";
    }
}
