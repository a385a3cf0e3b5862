package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * NotifyEventRequest (OCPP 2.0.1, functional block N Diagnostics): the station reports device model events: monitor
 * triggers and problems.
 *
 * @param customData vendor-specific data; optional
 * @param generatedAt when the message was generated
 * @param tbc whether more messages with the rest of the data follow; optional, default {@code false}
 * @param seqNo the sequence number of this message, counted from 0
 * @param eventData the events; at least 1 item
 */
public record NotifyEventRequest(
        @Nullable CustomData customData,
        DateTime generatedAt,
        @Nullable Boolean tbc,
        int seqNo,
        List<EventData> eventData)
        implements Ocpp201Request {
    public NotifyEventRequest {
        requireNonNull(generatedAt, "generatedAt");
        eventData = Checks.minItems("eventData", eventData, 1);
    }

    /** Without customData. */
    public NotifyEventRequest(DateTime generatedAt, @Nullable Boolean tbc, int seqNo, List<EventData> eventData) {
        this(null, generatedAt, tbc, seqNo, eventData);
    }

    /** The tbc, or {@code false} if absent. */
    public boolean tbcOrDefault() {
        return tbc != null && tbc;
    }

    @Override
    public String action() {
        return "NotifyEvent";
    }
}
