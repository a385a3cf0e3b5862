package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * HeartbeatRequest (OCPP 2.0.1, functional block G Availability): the station tells that it is alive.
 *
 * @param customData vendor-specific data; optional
 */
public record HeartbeatRequest(@Nullable CustomData customData) implements Ocpp201Request {
    /** Without customData. */
    public HeartbeatRequest() {
        this(null);
    }

    @Override
    public String action() {
        return "Heartbeat";
    }
}
