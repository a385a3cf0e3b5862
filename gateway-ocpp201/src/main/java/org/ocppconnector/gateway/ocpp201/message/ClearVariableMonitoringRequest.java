package org.ocppconnector.gateway.ocpp201.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * ClearVariableMonitoringRequest (OCPP 2.0.1, functional block N Diagnostics): the CSMS removes variable monitors
 * by id.
 *
 * @param customData vendor-specific data; optional
 * @param id the ids of the monitors to clear; at least 1 item
 */
public record ClearVariableMonitoringRequest(
        @Nullable CustomData customData,
        List<Integer> id)
        implements Ocpp201Request {
    public ClearVariableMonitoringRequest {
        id = Checks.minItems("id", id, 1);
    }

    /** Without customData. */
    public ClearVariableMonitoringRequest(List<Integer> id) {
        this(null, id);
    }

    @Override
    public String action() {
        return "ClearVariableMonitoring";
    }
}
