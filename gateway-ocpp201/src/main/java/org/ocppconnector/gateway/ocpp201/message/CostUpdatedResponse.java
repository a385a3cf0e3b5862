package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * CostUpdatedResponse (OCPP 2.0.1, functional block I Tariff And Cost): an acknowledgement without content.
 *
 * @param customData vendor-specific data; optional
 */
public record CostUpdatedResponse(@Nullable CustomData customData) implements Ocpp201Response {
    /** Without customData. */
    public CostUpdatedResponse() {
        this(null);
    }

    @Override
    public String action() {
        return "CostUpdated";
    }
}
