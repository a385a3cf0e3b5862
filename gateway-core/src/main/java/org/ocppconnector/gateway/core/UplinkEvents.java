package org.ocppconnector.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.EventTypes;

/** Builds the uplink events of the event contract (docs/events.md). */
final class UplinkEvents {

    /** {@code ocpp.call.rejected} carries at most this much of the offending frame. */
    static final int MAX_REJECTED_FRAME_BYTES = 4096;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String gatewayId;
    private final String source;
    private final Clock clock;

    UplinkEvents(String gatewayId, Clock clock) {
        this.gatewayId = gatewayId;
        this.source = "/ocpp-gateway/" + gatewayId;
        this.clock = clock;
    }

    String gatewayId() {
        return gatewayId;
    }

    CloudEvent connected(SessionInfo s) {
        ObjectNode data = JSON.objectNode();
        data.put("connectionId", s.connectionId());
        data.put("gatewayId", gatewayId);
        data.put("remoteAddress", s.remoteAddress());
        data.put("subprotocol", s.protocol().subprotocol());
        data.put("securityProfile", s.securityProfile());
        return event(EventTypes.STATION_CONNECTED, s, data);
    }

    CloudEvent disconnected(SessionInfo s, int closeCode, String reason, long connectedSeconds) {
        ObjectNode data = JSON.objectNode();
        data.put("connectionId", s.connectionId());
        data.put("closeCode", closeCode);
        data.put("reason", reason);
        data.put("connectedSeconds", connectedSeconds);
        return event(EventTypes.STATION_DISCONNECTED, s, data);
    }

    CloudEvent call(SessionInfo s, String messageId, String action, JsonNode payload, String policy,
            @Nullable JsonNode response) {
        ObjectNode data = JSON.objectNode();
        data.put("connectionId", s.connectionId());
        data.put("messageId", messageId);
        data.put("action", action);
        data.set("payload", payload);
        data.put("policy", policy);
        if (response != null) {
            data.set("response", response);
        }
        return event(EventTypes.CALL, s, data);
    }

    CloudEvent callRejected(SessionInfo s, String messageId, String action, String errorCode,
            String errorDescription, String frame) {
        ObjectNode data = JSON.objectNode();
        data.put("connectionId", s.connectionId());
        data.put("messageId", messageId);
        data.put("action", action);
        data.put("errorCode", errorCode);
        data.put("errorDescription", errorDescription);
        data.put("frame", truncateUtf8(frame, MAX_REJECTED_FRAME_BYTES));
        return event(EventTypes.CALL_REJECTED, s, data);
    }

    CloudEvent commandResult(SessionInfo s, String commandId, String action, CommandOutcome outcome,
            @Nullable JsonNode response, @Nullable JsonNode error) {
        ObjectNode data = JSON.objectNode();
        data.put("commandId", commandId);
        data.put("action", action);
        data.put("outcome", outcome.wireName());
        data.set("response", response == null ? JSON.nullNode() : response);
        data.set("error", error == null ? JSON.nullNode() : error);
        return event(EventTypes.COMMAND_RESULT, s, data);
    }

    CloudEvent replyRejected(SessionInfo s, String messageId, String reason) {
        ObjectNode data = JSON.objectNode();
        data.put("messageId", messageId);
        data.put("reason", reason);
        return event(EventTypes.REPLY_REJECTED, s, data);
    }

    static ObjectNode error(String code, String description, @Nullable JsonNode details) {
        ObjectNode error = JSON.objectNode();
        error.put("code", code);
        error.put("description", description);
        error.set("details", details == null ? JSON.objectNode() : details);
        return error;
    }

    private CloudEvent event(String type, SessionInfo s, JsonNode data) {
        return new CloudEvent(Ids.randomUuid(), source, type, s.stationId().value(), clock.instant(),
                s.protocol().version(), data);
    }

    static String truncateUtf8(String text, int maxBytes) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxBytes) {
            return text;
        }
        int end = maxBytes;
        // Do not cut a multi-byte character in half: back up to a lead byte.
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }
}
