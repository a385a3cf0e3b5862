package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * OCPP 2.0.1 SetMonitoringResultType: the outcome of setting one monitor.
 *
 * @param customData vendor-specific data; optional
 * @param id the id of the monitor; absent if it could not be set; optional
 * @param statusInfo more about the status; optional
 * @param status the outcome of setting one monitor
 * @param type the kind of a variable monitor
 * @param component the component
 * @param variable the variable
 * @param severity the severity, from 0 (danger) to 9 (debug)
 */
public record SetMonitoringResult(
        @Nullable CustomData customData,
        @Nullable Integer id,
        @Nullable StatusInfo statusInfo,
        SetMonitoringStatusEnumType status,
        MonitorEnumType type,
        Component component,
        Variable variable,
        int severity) {
    public SetMonitoringResult {
        requireNonNull(status, "status");
        requireNonNull(type, "type");
        requireNonNull(component, "component");
        requireNonNull(variable, "variable");
    }

    /** Without customData. */
    public SetMonitoringResult(
            @Nullable Integer id,
            @Nullable StatusInfo statusInfo,
            SetMonitoringStatusEnumType status,
            MonitorEnumType type,
            Component component,
            Variable variable,
            int severity) {
        this(null, id, statusInfo, status, type, component, variable, severity);
    }
}
