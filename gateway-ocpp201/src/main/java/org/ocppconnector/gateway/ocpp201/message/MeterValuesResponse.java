package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * MeterValuesResponse (OCPP 2.0.1, functional block J Meter Values): an acknowledgement without content.
 *
 * @param customData vendor-specific data; optional
 */
public record MeterValuesResponse(@Nullable CustomData customData) implements Ocpp201Response {
    /** Without customData. */
    public MeterValuesResponse() {
        this(null);
    }

    @Override
    public String action() {
        return "MeterValues";
    }
}
