package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * SetMonitoringBaseRequest (OCPP 2.0.1, functional block N Diagnostics): the CSMS selects which set of monitors is
 * active.
 *
 * @param customData vendor-specific data; optional
 * @param monitoringBase which set of monitors is active
 */
public record SetMonitoringBaseRequest(
        @Nullable CustomData customData,
        MonitoringBaseEnumType monitoringBase)
        implements Ocpp201Request {
    public SetMonitoringBaseRequest {
        requireNonNull(monitoringBase, "monitoringBase");
    }

    /** Without customData. */
    public SetMonitoringBaseRequest(MonitoringBaseEnumType monitoringBase) {
        this(null, monitoringBase);
    }

    @Override
    public String action() {
        return "SetMonitoringBase";
    }
}
