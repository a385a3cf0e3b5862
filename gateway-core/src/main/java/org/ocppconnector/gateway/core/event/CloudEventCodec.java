package org.ocppconnector.gateway.core.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Writes and reads CloudEvents 1.0 in structured JSON mode. Thread-safe.
 *
 * <p>Reading is strict about what routing needs ({@code specversion}, {@code id}, {@code type},
 * {@code subject}, object {@code data}) and tolerant of extensions it does not know, as the
 * CloudEvents spec asks of consumers.
 */
public final class CloudEventCodec {

    private final ObjectMapper mapper;

    /** Creates a codec using the given mapper for JSON. */
    public CloudEventCodec(ObjectMapper mapper) {
        this.mapper = java.util.Objects.requireNonNull(mapper, "mapper");
    }

    /** Serializes an event to UTF-8 JSON bytes. */
    public byte[] toBytes(CloudEvent event) {
        ObjectNode node = mapper.createObjectNode();
        node.put("specversion", CloudEvent.SPEC_VERSION);
        node.put("id", event.id());
        node.put("source", event.source());
        node.put("type", event.type());
        node.put("subject", event.subject());
        // RFC 3339 in UTC; millisecond precision is what consumers' parsers agree on.
        node.put("time", event.time().truncatedTo(ChronoUnit.MILLIS).toString());
        node.put("datacontenttype", CloudEvent.CONTENT_TYPE);
        if (event.ocppVersion() != null) {
            node.put("ocppversion", event.ocppVersion());
        }
        node.set("data", event.data());
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            // A tree of JsonNodes always serializes; this would be a Jackson bug.
            throw new IllegalStateException("cannot serialize event " + event.id(), e);
        }
    }

    /**
     * Parses an event.
     *
     * @throws InvalidEventException if the bytes are not a CloudEvent this gateway can route
     */
    public CloudEvent fromBytes(byte[] bytes) {
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (IOException e) {
            throw new InvalidEventException("not JSON: " + e.getMessage());
        } catch (NumberFormatException e) {
            // Jackson's report of a number BigDecimal cannot hold (1e99999999999); uncaught, it
            // would end the downlink reader that called us.
            throw new InvalidEventException("not JSON: number out of range");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidEventException("not a JSON object");
        }
        String specVersion = text(node, "specversion");
        if (!CloudEvent.SPEC_VERSION.equals(specVersion)) {
            throw new InvalidEventException("specversion: " + specVersion + " (expected: 1.0)");
        }
        JsonNode contentType = node.get("datacontenttype");
        if (contentType != null && !contentType.isNull()
                && !contentType.asText().startsWith(CloudEvent.CONTENT_TYPE)) {
            throw new InvalidEventException(
                    "datacontenttype: " + contentType.asText() + " (expected: application/json)");
        }
        JsonNode data = node.get("data");
        if (data == null || !data.isObject()) {
            throw new InvalidEventException("data: missing or not an object");
        }
        Instant time;
        JsonNode timeNode = node.get("time");
        if (timeNode == null || timeNode.isNull()) {
            time = Instant.EPOCH;
        } else {
            try {
                time = Instant.parse(timeNode.asText());
            } catch (DateTimeParseException e) {
                throw new InvalidEventException("time: " + timeNode.asText() + " (expected: RFC 3339)");
            }
        }
        JsonNode version = node.get("ocppversion");
        return new CloudEvent(
                text(node, "id"),
                optionalText(node, "source"),
                text(node, "type"),
                text(node, "subject"),
                time,
                version == null || version.isNull() ? null : version.asText(),
                data);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new InvalidEventException(field + ": missing or not a non-empty string");
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? "" : value.asText();
    }

    /** An event that cannot be parsed or routed. */
    public static final class InvalidEventException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidEventException(String message) {
            super(message, null, false, false);
        }
    }
}
