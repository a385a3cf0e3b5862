package org.ocppconnector.gateway.loadtest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.ByteBufOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * OCPP-J frames (OCPP-J 1.6 §4.1, 2.0.1 part 4 §4): written with a JSON generator straight into
 * a buffer, so ids and strings are always escaped; read token by token up to what the station
 * needs.
 */
final class Frames {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = MAPPER.getFactory();

    private Frames() {}

    /** What the gateway sent. */
    sealed interface Incoming permits Incoming.Call, Incoming.Result, Incoming.Error, Incoming.Malformed {

        /** A CALL from the gateway: a command. */
        record Call(String messageId, String action, JsonNode payload) implements Incoming {}

        /** A CALLRESULT. */
        record Result(String messageId, JsonNode payload) implements Incoming {}

        /** A CALLERROR. */
        record Error(String messageId, String code) implements Incoming {}

        /** Anything that is not one of the three. */
        record Malformed(String reason) implements Incoming {}
    }

    /** {@code [2, messageId, action, payload]} for a mix CALL. */
    static ByteBuf call(ByteBufAllocator alloc, String messageId, StationAction action, OcppVersion version,
            long sequence, Instant now) {
        return frame(alloc, 256, 2, messageId, json -> {
            json.writeString(action.action(version));
            action.writePayload(json, version, sequence, now);
        });
    }

    /** {@code [2, messageId, "BootNotification", payload]}. */
    static ByteBuf boot(ByteBufAllocator alloc, String messageId, OcppVersion version) {
        return frame(alloc, 192, 2, messageId, json -> {
            json.writeString("BootNotification");
            json.writeStartObject();
            if (version == OcppVersion.V16) {
                json.writeStringField("chargePointVendor", "OcppConnector");
                json.writeStringField("chargePointModel", "LoadTest");
            } else {
                json.writeStringField("reason", "PowerUp");
                json.writeObjectFieldStart("chargingStation");
                json.writeStringField("model", "LoadTest");
                json.writeStringField("vendorName", "OcppConnector");
                json.writeEndObject();
            }
            json.writeEndObject();
        });
    }

    /** {@code [3, messageId, {"status": "Accepted"}]}: the answer to a command. */
    static ByteBuf acceptedResult(ByteBufAllocator alloc, String messageId) {
        return frame(alloc, 64, 3, messageId, json -> {
            json.writeStartObject();
            json.writeStringField("status", "Accepted");
            json.writeEndObject();
        });
    }

    /** Writes what {@code body} writes inside {@code [type, messageId, ...]} into a new buffer. */
    private static ByteBuf frame(ByteBufAllocator alloc, int capacity, int type, String messageId, FrameBody body) {
        ByteBuf buf = alloc.buffer(capacity);
        boolean ok = false;
        try (JsonGenerator json = JSON.createGenerator((java.io.OutputStream) new ByteBufOutputStream(buf))) {
            json.writeStartArray();
            json.writeNumber(type);
            json.writeString(messageId);
            body.write(json);
            json.writeEndArray();
            ok = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!ok) {
                buf.release();
            }
        }
        return buf;
    }

    /** The elements of a frame after its message id. */
    @FunctionalInterface
    private interface FrameBody {
        void write(JsonGenerator json) throws IOException;
    }

    /** Reads a text frame's content (not released here). */
    static Incoming read(ByteBuf content) {
        try (JsonParser parser = JSON.createParser((java.io.InputStream) new ByteBufInputStream(content.duplicate()))) {
            parser.setCodec(MAPPER);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return new Incoming.Malformed("not a JSON array");
            }
            if (parser.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                return new Incoming.Malformed("no message type");
            }
            int type = parser.getIntValue();
            String messageId = nextString(parser);
            if (messageId == null) {
                return new Incoming.Malformed("no message id");
            }
            switch (type) {
                case 2 -> {
                    String action = nextString(parser);
                    if (action == null || parser.nextToken() != JsonToken.START_OBJECT) {
                        return new Incoming.Malformed("CALL " + messageId + " without action or payload");
                    }
                    return new Incoming.Call(messageId, action, parser.readValueAsTree());
                }
                case 3 -> {
                    if (parser.nextToken() != JsonToken.START_OBJECT) {
                        return new Incoming.Malformed("CALLRESULT " + messageId + " without payload object");
                    }
                    return new Incoming.Result(messageId, parser.readValueAsTree());
                }
                case 4 -> {
                    String code = nextString(parser);
                    return new Incoming.Error(messageId, code == null ? "(none)" : code);
                }
                default -> {
                    return new Incoming.Malformed("message type " + type);
                }
            }
        } catch (IOException e) {
            return new Incoming.Malformed("not JSON: " + e.getMessage());
        }
    }

    private static @Nullable String nextString(JsonParser parser) throws IOException {
        return parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
    }
}
