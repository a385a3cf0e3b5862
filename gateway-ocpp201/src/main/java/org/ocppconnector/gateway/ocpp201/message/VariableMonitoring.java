package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * OCPP 2.0.1 VariableMonitoringType: one monitor of a variable, in a monitoring report.
 *
 * @param customData vendor-specific data; optional
 * @param id the id of the monitor
 * @param transaction whether the monitor is active only during a transaction
 * @param value the monitor's threshold, delta or interval
 * @param type the kind of a variable monitor
 * @param severity the severity, from 0 (danger) to 9 (debug)
 */
public record VariableMonitoring(
        @Nullable CustomData customData,
        int id,
        boolean transaction,
        BigDecimal value,
        MonitorEnumType type,
        int severity) {
    public VariableMonitoring {
        requireNonNull(value, "value");
        requireNonNull(type, "type");
    }

    /** Without customData. */
    public VariableMonitoring(int id, boolean transaction, BigDecimal value, MonitorEnumType type, int severity) {
        this(null, id, transaction, value, type, severity);
    }
}
