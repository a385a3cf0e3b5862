package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * SetMonitoringLevelRequest (OCPP 2.0.1, functional block N Diagnostics): the CSMS sets the severity up to which
 * events are reported.
 *
 * @param customData vendor-specific data; optional
 * @param severity the highest severity that is still reported, from 0 (danger) to 9 (debug)
 */
public record SetMonitoringLevelRequest(@Nullable CustomData customData, int severity) implements Ocpp201Request {
    /** Without customData. */
    public SetMonitoringLevelRequest(int severity) {
        this(null, severity);
    }

    @Override
    public String action() {
        return "SetMonitoringLevel";
    }
}
