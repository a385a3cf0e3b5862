package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * OCPP 2.0.1 ClearMonitoringResultType: the outcome of clearing one variable monitor.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of clearing one monitor
 * @param id the id of the monitor
 * @param statusInfo more about the status; optional
 */
public record ClearMonitoringResult(
        @Nullable CustomData customData,
        ClearMonitoringStatusEnumType status,
        int id,
        @Nullable StatusInfo statusInfo) {
    public ClearMonitoringResult {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public ClearMonitoringResult(ClearMonitoringStatusEnumType status, int id, @Nullable StatusInfo statusInfo) {
        this(null, status, id, statusInfo);
    }
}
