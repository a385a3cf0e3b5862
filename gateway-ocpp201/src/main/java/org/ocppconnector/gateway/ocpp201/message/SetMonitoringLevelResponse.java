package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * SetMonitoringLevelResponse (OCPP 2.0.1, functional block N Diagnostics): whether the level was set.
 *
 * @param customData vendor-specific data; optional
 * @param status accepted or rejected
 * @param statusInfo more about the status; optional
 */
public record SetMonitoringLevelResponse(
        @Nullable CustomData customData,
        GenericStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public SetMonitoringLevelResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public SetMonitoringLevelResponse(GenericStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "SetMonitoringLevel";
    }
}
