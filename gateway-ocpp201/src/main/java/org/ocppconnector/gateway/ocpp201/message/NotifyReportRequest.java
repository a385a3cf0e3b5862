package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * NotifyReportRequest (OCPP 2.0.1, functional block B Provisioning): the station sends (part of) the device model
 * report GetBaseReport or GetReport asked for.
 *
 * @param customData vendor-specific data; optional
 * @param requestId the id of the request, which the messages that follow it carry
 * @param generatedAt when the message was generated
 * @param reportData the variables; at least 1 item, optional
 * @param tbc whether more messages with the rest of the data follow; optional, default {@code false}
 * @param seqNo the sequence number of this message, counted from 0
 */
public record NotifyReportRequest(
        @Nullable CustomData customData,
        int requestId,
        DateTime generatedAt,
        @Nullable List<ReportData> reportData,
        @Nullable Boolean tbc,
        int seqNo)
        implements Ocpp201Request {
    public NotifyReportRequest {
        requireNonNull(generatedAt, "generatedAt");
        reportData = Checks.minItemsOrNull("reportData", reportData, 1);
    }

    /** Without customData. */
    public NotifyReportRequest(
            int requestId,
            DateTime generatedAt,
            @Nullable List<ReportData> reportData,
            @Nullable Boolean tbc,
            int seqNo) {
        this(null, requestId, generatedAt, reportData, tbc, seqNo);
    }

    /** The tbc, or {@code false} if absent. */
    public boolean tbcOrDefault() {
        return tbc != null && tbc;
    }

    @Override
    public String action() {
        return "NotifyReport";
    }
}
