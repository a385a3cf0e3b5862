package org.ocppconnector.gateway.core.event;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One record on the uplink or downlink stream: a CloudEvents 1.0 event in structured JSON mode
 * with the {@code ocppversion} extension. The partition key of its record is {@link #subject()},
 * the station id, so a station's events keep their order within a shard.
 *
 * @param id unique event id; for {@code ocpp.command} the command id
 * @param source {@code /ocpp-gateway/{gatewayId}} on the uplink stream
 * @param type e.g. {@code ocpp.call}; see {@link EventTypes}
 * @param subject the station id
 * @param time when the event happened
 * @param ocppVersion {@code 1.6} or {@code 2.0.1}; may be absent on downlink events
 * @param data the event's data object
 */
public record CloudEvent(
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        @Nullable String ocppVersion,
        JsonNode data) {

    /** The CloudEvents specification version this gateway writes and reads. */
    public static final String SPEC_VERSION = "1.0";

    /** The only content type the gateway writes and accepts. */
    public static final String CONTENT_TYPE = "application/json";

    public CloudEvent {
        requireNonNull(id, "id");
        requireNonNull(source, "source");
        requireNonNull(type, "type");
        requireNonNull(subject, "subject");
        requireNonNull(time, "time");
        requireNonNull(data, "data");
    }
}
