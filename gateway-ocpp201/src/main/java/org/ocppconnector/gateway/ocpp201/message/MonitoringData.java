package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 MonitoringDataType: the monitors of one component variable, in a monitoring report.
 *
 * @param customData vendor-specific data; optional
 * @param component the component
 * @param variable the variable
 * @param variableMonitoring the monitors; at least 1 item
 */
public record MonitoringData(
        @Nullable CustomData customData,
        Component component,
        Variable variable,
        List<VariableMonitoring> variableMonitoring) {
    public MonitoringData {
        requireNonNull(component, "component");
        requireNonNull(variable, "variable");
        variableMonitoring = Checks.minItems("variableMonitoring", variableMonitoring, 1);
    }

    /** Without customData. */
    public MonitoringData(Component component, Variable variable, List<VariableMonitoring> variableMonitoring) {
        this(null, component, variable, variableMonitoring);
    }
}
