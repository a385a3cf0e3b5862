package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * NotifyMonitoringReportRequest (OCPP 2.0.1, functional block N Diagnostics): the station sends (part of) the
 * monitoring report GetMonitoringReport asked for.
 *
 * @param customData vendor-specific data; optional
 * @param monitor the monitors; at least 1 item, optional
 * @param requestId the id of the request, which the messages that follow it carry
 * @param tbc whether more messages with the rest of the data follow; optional, default {@code false}
 * @param seqNo the sequence number of this message, counted from 0
 * @param generatedAt when the message was generated
 */
public record NotifyMonitoringReportRequest(
        @Nullable CustomData customData,
        @Nullable List<MonitoringData> monitor,
        int requestId,
        @Nullable Boolean tbc,
        int seqNo,
        DateTime generatedAt)
        implements Ocpp201Request {
    public NotifyMonitoringReportRequest {
        monitor = Checks.minItemsOrNull("monitor", monitor, 1);
        requireNonNull(generatedAt, "generatedAt");
    }

    /** Without customData. */
    public NotifyMonitoringReportRequest(
            @Nullable List<MonitoringData> monitor,
            int requestId,
            @Nullable Boolean tbc,
            int seqNo,
            DateTime generatedAt) {
        this(null, monitor, requestId, tbc, seqNo, generatedAt);
    }

    /** The tbc, or {@code false} if absent. */
    public boolean tbcOrDefault() {
        return tbc != null && tbc;
    }

    @Override
    public String action() {
        return "NotifyMonitoringReport";
    }
}
