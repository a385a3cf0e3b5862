package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * GetMonitoringReportResponse (OCPP 2.0.1, functional block N Diagnostics): whether the report follows in
 * NotifyMonitoringReport messages.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of a device model request
 * @param statusInfo more about the status; optional
 */
public record GetMonitoringReportResponse(
        @Nullable CustomData customData,
        GenericDeviceModelStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public GetMonitoringReportResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public GetMonitoringReportResponse(GenericDeviceModelStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "GetMonitoringReport";
    }
}
