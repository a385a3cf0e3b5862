package org.ocppconnector.gateway.ocpp201.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * GetReportRequest (OCPP 2.0.1, functional block B Provisioning): the CSMS asks for a device model report, by
 * component variable and criteria.
 *
 * @param customData vendor-specific data; optional
 * @param componentVariable the component variables to report; absent: all; at least 1 item, optional
 * @param requestId the id of the request, which the messages that follow it carry
 * @param componentCriteria the kinds of components to report; absent: all; 1 to 4 items, optional
 */
public record GetReportRequest(
        @Nullable CustomData customData,
        @Nullable List<ComponentVariable> componentVariable,
        int requestId,
        @Nullable List<ComponentCriterionEnumType> componentCriteria)
        implements Ocpp201Request {
    public GetReportRequest {
        componentVariable = Checks.minItemsOrNull("componentVariable", componentVariable, 1);
        componentCriteria = Checks.itemsOrNull("componentCriteria", componentCriteria, 1, 4);
    }

    /** Without customData. */
    public GetReportRequest(
            @Nullable List<ComponentVariable> componentVariable,
            int requestId,
            @Nullable List<ComponentCriterionEnumType> componentCriteria) {
        this(null, componentVariable, requestId, componentCriteria);
    }

    @Override
    public String action() {
        return "GetReport";
    }
}
