package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * GetBaseReportRequest (OCPP 2.0.1, functional block B Provisioning): the CSMS asks for a predefined device model
 * report.
 *
 * @param customData vendor-specific data; optional
 * @param requestId the id of the request, which the messages that follow it carry
 * @param reportBase which predefined report GetBaseReport asks for
 */
public record GetBaseReportRequest(
        @Nullable CustomData customData,
        int requestId,
        ReportBaseEnumType reportBase)
        implements Ocpp201Request {
    public GetBaseReportRequest {
        requireNonNull(reportBase, "reportBase");
    }

    /** Without customData. */
    public GetBaseReportRequest(int requestId, ReportBaseEnumType reportBase) {
        this(null, requestId, reportBase);
    }

    @Override
    public String action() {
        return "GetBaseReport";
    }
}
