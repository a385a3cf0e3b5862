package org.ocppconnector.gateway.ocpp201.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * GetMonitoringReportRequest (OCPP 2.0.1, functional block N Diagnostics): the CSMS asks for the configured
 * monitors, by component variable and criteria.
 *
 * @param customData vendor-specific data; optional
 * @param componentVariable the component variables to report; absent: all; at least 1 item, optional
 * @param requestId the id of the request, which the messages that follow it carry
 * @param monitoringCriteria the kinds of monitors to report; absent: all; 1 to 3 items, optional
 */
public record GetMonitoringReportRequest(
        @Nullable CustomData customData,
        @Nullable List<ComponentVariable> componentVariable,
        int requestId,
        @Nullable List<MonitoringCriterionEnumType> monitoringCriteria)
        implements Ocpp201Request {
    public GetMonitoringReportRequest {
        componentVariable = Checks.minItemsOrNull("componentVariable", componentVariable, 1);
        monitoringCriteria = Checks.itemsOrNull("monitoringCriteria", monitoringCriteria, 1, 3);
    }

    /** Without customData. */
    public GetMonitoringReportRequest(
            @Nullable List<ComponentVariable> componentVariable,
            int requestId,
            @Nullable List<MonitoringCriterionEnumType> monitoringCriteria) {
        this(null, componentVariable, requestId, monitoringCriteria);
    }

    @Override
    public String action() {
        return "GetMonitoringReport";
    }
}
