package org.ocppconnector.gateway.ocpp201.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * SetVariableMonitoringRequest (OCPP 2.0.1, functional block N Diagnostics): the CSMS sets monitors on device model
 * variables.
 *
 * @param customData vendor-specific data; optional
 * @param setMonitoringData the monitors to set; at least 1 item
 */
public record SetVariableMonitoringRequest(
        @Nullable CustomData customData,
        List<SetMonitoringData> setMonitoringData)
        implements Ocpp201Request {
    public SetVariableMonitoringRequest {
        setMonitoringData = Checks.minItems("setMonitoringData", setMonitoringData, 1);
    }

    /** Without customData. */
    public SetVariableMonitoringRequest(List<SetMonitoringData> setMonitoringData) {
        this(null, setMonitoringData);
    }

    @Override
    public String action() {
        return "SetVariableMonitoring";
    }
}
