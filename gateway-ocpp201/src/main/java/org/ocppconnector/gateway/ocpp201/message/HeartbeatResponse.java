package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * HeartbeatResponse (OCPP 2.0.1, functional block G Availability): the CSMS's current time.
 *
 * @param customData vendor-specific data; optional
 * @param currentTime the CSMS's current time
 */
public record HeartbeatResponse(@Nullable CustomData customData, DateTime currentTime) implements Ocpp201Response {
    public HeartbeatResponse {
        requireNonNull(currentTime, "currentTime");
    }

    /** Without customData. */
    public HeartbeatResponse(DateTime currentTime) {
        this(null, currentTime);
    }

    @Override
    public String action() {
        return "Heartbeat";
    }
}
