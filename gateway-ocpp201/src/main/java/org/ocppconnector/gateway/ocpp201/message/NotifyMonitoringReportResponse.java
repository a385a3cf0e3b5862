package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * NotifyMonitoringReportResponse (OCPP 2.0.1, functional block N Diagnostics): an acknowledgement without content.
 *
 * @param customData vendor-specific data; optional
 */
public record NotifyMonitoringReportResponse(@Nullable CustomData customData) implements Ocpp201Response {
    /** Without customData. */
    public NotifyMonitoringReportResponse() {
        this(null);
    }

    @Override
    public String action() {
        return "NotifyMonitoringReport";
    }
}
