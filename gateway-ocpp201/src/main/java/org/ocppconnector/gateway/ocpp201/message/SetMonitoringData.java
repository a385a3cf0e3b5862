package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * OCPP 2.0.1 SetMonitoringDataType: one monitor SetVariableMonitoring sets.
 *
 * @param customData vendor-specific data; optional
 * @param id the id of the monitor to replace; absent: set a new monitor; optional
 * @param transaction whether the monitor is active only during a transaction; optional, default {@code false}
 * @param value the monitor's threshold, delta or interval
 * @param type the kind of a variable monitor
 * @param severity the severity, from 0 (danger) to 9 (debug)
 * @param component the component
 * @param variable the variable
 */
public record SetMonitoringData(
        @Nullable CustomData customData,
        @Nullable Integer id,
        @Nullable Boolean transaction,
        BigDecimal value,
        MonitorEnumType type,
        int severity,
        Component component,
        Variable variable) {
    public SetMonitoringData {
        requireNonNull(value, "value");
        requireNonNull(type, "type");
        requireNonNull(component, "component");
        requireNonNull(variable, "variable");
    }

    /** Without customData. */
    public SetMonitoringData(
            @Nullable Integer id,
            @Nullable Boolean transaction,
            BigDecimal value,
            MonitorEnumType type,
            int severity,
            Component component,
            Variable variable) {
        this(null, id, transaction, value, type, severity, component, variable);
    }

    /** The transaction, or {@code false} if absent. */
    public boolean transactionOrDefault() {
        return transaction != null && transaction;
    }
}
