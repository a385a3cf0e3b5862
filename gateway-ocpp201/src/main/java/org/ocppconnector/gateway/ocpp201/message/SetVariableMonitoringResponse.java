package org.ocppconnector.gateway.ocpp201.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * SetVariableMonitoringResponse (OCPP 2.0.1, functional block N Diagnostics): the outcome per monitor.
 *
 * @param customData vendor-specific data; optional
 * @param setMonitoringResult the outcome per monitor; at least 1 item
 */
public record SetVariableMonitoringResponse(
        @Nullable CustomData customData,
        List<SetMonitoringResult> setMonitoringResult)
        implements Ocpp201Response {
    public SetVariableMonitoringResponse {
        setMonitoringResult = Checks.minItems("setMonitoringResult", setMonitoringResult, 1);
    }

    /** Without customData. */
    public SetVariableMonitoringResponse(List<SetMonitoringResult> setMonitoringResult) {
        this(null, setMonitoringResult);
    }

    @Override
    public String action() {
        return "SetVariableMonitoring";
    }
}
