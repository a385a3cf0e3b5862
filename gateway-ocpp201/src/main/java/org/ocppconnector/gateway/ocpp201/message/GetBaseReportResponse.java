package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * GetBaseReportResponse (OCPP 2.0.1, functional block B Provisioning): whether the report follows in NotifyReport
 * messages.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of a device model request
 * @param statusInfo more about the status; optional
 */
public record GetBaseReportResponse(
        @Nullable CustomData customData,
        GenericDeviceModelStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public GetBaseReportResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public GetBaseReportResponse(GenericDeviceModelStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "GetBaseReport";
    }
}
