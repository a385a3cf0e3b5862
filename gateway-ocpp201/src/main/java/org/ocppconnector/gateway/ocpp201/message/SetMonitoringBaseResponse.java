package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * SetMonitoringBaseResponse (OCPP 2.0.1, functional block N Diagnostics): whether the set was activated.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of a device model request
 * @param statusInfo more about the status; optional
 */
public record SetMonitoringBaseResponse(
        @Nullable CustomData customData,
        GenericDeviceModelStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public SetMonitoringBaseResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public SetMonitoringBaseResponse(GenericDeviceModelStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "SetMonitoringBase";
    }
}
