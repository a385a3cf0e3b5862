package org.ocppconnector.gateway.ocpp201.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * ClearVariableMonitoringResponse (OCPP 2.0.1, functional block N Diagnostics): the outcome per monitor.
 *
 * @param customData vendor-specific data; optional
 * @param clearMonitoringResult the outcome per monitor; at least 1 item
 */
public record ClearVariableMonitoringResponse(
        @Nullable CustomData customData,
        List<ClearMonitoringResult> clearMonitoringResult)
        implements Ocpp201Response {
    public ClearVariableMonitoringResponse {
        clearMonitoringResult = Checks.minItems("clearMonitoringResult", clearMonitoringResult, 1);
    }

    /** Without customData. */
    public ClearVariableMonitoringResponse(List<ClearMonitoringResult> clearMonitoringResult) {
        this(null, clearMonitoringResult);
    }

    @Override
    public String action() {
        return "ClearVariableMonitoring";
    }
}
