package org.ocppconnector.gateway.core.rpc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes OCPP-J RPC frames (OCPP-J 1.6 §4.1, OCPP 2.0.1 part 4 §4.1). Thread-safe.
 *
 * <p>The frame is read token by token so that the message id is known before the payload is
 * parsed: every error about the payload can then be answered with the right id. Frames are written
 * from JSON trees, never by string formatting, so ids and texts are always escaped.
 */
public final class RpcFrameCodec {

    private final ObjectMapper mapper;
    private final ObjectWriter writer;
    private final int maxMessageIdLength;

    /**
     * @param mapper the mapper from {@link OcppJson#newMapper()}
     * @param maxMessageIdLength the longest message id accepted (36 in OCPP-J 1.6 and 2.0.1)
     */
    public RpcFrameCodec(ObjectMapper mapper, int maxMessageIdLength) {
        this.mapper = java.util.Objects.requireNonNull(mapper, "mapper");
        if (maxMessageIdLength <= 0) {
            throw new IllegalArgumentException("maxMessageIdLength: " + maxMessageIdLength + " (expected: > 0)");
        }
        this.writer = mapper.writer().with(SurrogateEscapes.INSTANCE);
        this.maxMessageIdLength = maxMessageIdLength;
    }

    /** Parses one text message. Never throws; never returns null. */
    public ParsedFrame parse(String text) {
        String messageId = ParsedFrame.Malformed.UNKNOWN_ID;
        int messageType = -1;
        String action = "";
        try (JsonParser parser = mapper.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return malformed(messageId, "", RpcErrorCode.RPC_FRAMEWORK_ERROR, "frame is not a JSON array", true);
            }
            if (parser.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                return malformed(messageId, "", RpcErrorCode.RPC_FRAMEWORK_ERROR,
                        "messageTypeId is not an integer", true);
            }
            messageType = parser.getIntValue();
            if (parser.nextToken() != JsonToken.VALUE_STRING) {
                return malformed(messageId, "", RpcErrorCode.RPC_FRAMEWORK_ERROR, "messageId is not a string",
                        messageType == RpcFrame.CALL);
            }
            String id = parser.getText();
            if (id.isEmpty() || id.length() > maxMessageIdLength) {
                return malformed(messageId, "", RpcErrorCode.RPC_FRAMEWORK_ERROR,
                        "messageId length " + id.length() + " (expected: 1.." + maxMessageIdLength + ")",
                        messageType == RpcFrame.CALL);
            }
            messageId = id;
            return switch (messageType) {
                case RpcFrame.CALL -> parseCall(parser, messageId);
                case RpcFrame.CALL_RESULT -> parseCallResult(parser, messageId);
                case RpcFrame.CALL_ERROR -> parseCallError(parser, messageId);
                default -> malformed(messageId, "", RpcErrorCode.MESSAGE_TYPE_NOT_SUPPORTED,
                        "messageTypeId " + messageType + " is not one of 2, 3, 4", true);
            };
        } catch (JsonProcessingException | NumberFormatException e) {
            // Syntax errors are answered unless the frame was known to be a response.
            // Before the message id is read the frame is no RPC message at all (2.0.1 part 4
            // §4.3 RpcFrameworkError); after it, the payload is syntactically wrong.
            RpcErrorCode code = messageId.equals(ParsedFrame.Malformed.UNKNOWN_ID)
                    ? RpcErrorCode.RPC_FRAMEWORK_ERROR : RpcErrorCode.FORMAT_VIOLATION;
            // Jackson reports a number BigDecimal cannot hold (1e99999999999) with a bare
            // NumberFormatException, whose message quotes the whole number: not for the station.
            String reason = e instanceof JsonProcessingException json
                    ? json.getOriginalMessage() : "number out of range";
            return malformed(messageId, action, code, "invalid JSON: " + reason,
                    messageType != RpcFrame.CALL_RESULT && messageType != RpcFrame.CALL_ERROR);
        } catch (IOException e) {
            // Reading from a String cannot fail with anything but a processing error.
            return malformed(messageId, action, RpcErrorCode.FORMAT_VIOLATION, "unreadable frame", true);
        }
    }

    private ParsedFrame parseCall(JsonParser parser, String messageId) throws IOException {
        if (parser.nextToken() != JsonToken.VALUE_STRING) {
            return malformed(messageId, "", RpcErrorCode.RPC_FRAMEWORK_ERROR, "action is not a string", true);
        }
        String action = parser.getText();
        if (action.isEmpty()) {
            return malformed(messageId, "", RpcErrorCode.RPC_FRAMEWORK_ERROR, "action is empty", true);
        }
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            return malformed(messageId, action, RpcErrorCode.RPC_FRAMEWORK_ERROR, "CALL has no payload", true);
        }
        JsonNode payload = mapper.readTree(parser);
        if (parser.nextToken() != JsonToken.END_ARRAY) {
            return malformed(messageId, action, RpcErrorCode.RPC_FRAMEWORK_ERROR,
                    "CALL has more than 4 elements", true);
        }
        if (parser.nextToken() != null) {
            return malformed(messageId, action, RpcErrorCode.RPC_FRAMEWORK_ERROR,
                    "trailing content after the frame", true);
        }
        if (!payload.isObject()) {
            return malformed(messageId, action, RpcErrorCode.FORMAT_VIOLATION, "payload is not a JSON object", true);
        }
        return new ParsedFrame.Valid(new RpcFrame.Call(messageId, action, payload));
    }

    private ParsedFrame parseCallResult(JsonParser parser, String messageId) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            return malformed(messageId, "", RpcErrorCode.RPC_FRAMEWORK_ERROR, "CALLRESULT has no payload", false);
        }
        JsonNode payload = mapper.readTree(parser);
        if (parser.nextToken() != JsonToken.END_ARRAY) {
            return malformed(messageId, "", RpcErrorCode.RPC_FRAMEWORK_ERROR,
                    "CALLRESULT has more than 3 elements", false);
        }
        if (parser.nextToken() != null) {
            return malformed(messageId, "", RpcErrorCode.RPC_FRAMEWORK_ERROR,
                    "trailing content after the frame", false);
        }
        if (!payload.isObject()) {
            return malformed(messageId, "", RpcErrorCode.FORMAT_VIOLATION, "payload is not a JSON object", false);
        }
        return new ParsedFrame.Valid(new RpcFrame.CallResult(messageId, payload));
    }

    private ParsedFrame parseCallError(JsonParser parser, String messageId) throws IOException {
        if (parser.nextToken() != JsonToken.VALUE_STRING) {
            return malformed(messageId, "", RpcErrorCode.RPC_FRAMEWORK_ERROR, "errorCode is not a string", false);
        }
        String errorCode = parser.getText();
        if (parser.nextToken() != JsonToken.VALUE_STRING) {
            return malformed(messageId, "", RpcErrorCode.RPC_FRAMEWORK_ERROR,
                    "errorDescription is not a string", false);
        }
        String description = parser.getText();
        JsonToken token = parser.nextToken();
        JsonNode details;
        if (token == JsonToken.END_ARRAY) {
            // Lenient: some 1.6 stations omit the details object; nothing is lost by accepting it.
            details = mapper.createObjectNode();
        } else {
            details = mapper.readTree(parser);
            if (parser.nextToken() != JsonToken.END_ARRAY) {
                return malformed(messageId, "", RpcErrorCode.RPC_FRAMEWORK_ERROR,
                        "CALLERROR has more than 5 elements", false);
            }
        }
        if (parser.nextToken() != null) {
            return malformed(messageId, "", RpcErrorCode.RPC_FRAMEWORK_ERROR,
                    "trailing content after the frame", false);
        }
        if (!details.isObject()) {
            return malformed(messageId, "", RpcErrorCode.FORMAT_VIOLATION, "errorDetails is not a JSON object", false);
        }
        return new ParsedFrame.Valid(new RpcFrame.CallError(messageId, errorCode, description, (ObjectNode) details));
    }

    private static ParsedFrame.Malformed malformed(
            String messageId, String action, RpcErrorCode code, String description, boolean answerable) {
        return new ParsedFrame.Malformed(messageId, action, code, description, answerable);
    }

    /**
     * Writes a frame as the text of one WebSocket message. Surrogates are written as JSON escapes
     * (backslash, {@code u}, four hex digits), so the text is valid UTF-8 whatever the strings hold:
     * a message id a station sent as an escaped lone surrogate is echoed exactly, where the raw lone
     * surrogate would reach the wire as {@code ?} and the station could not match the answer to its
     * CALL by the message id.
     */
    public String write(RpcFrame frame) {
        ArrayNode array = mapper.createArrayNode();
        switch (frame) {
            case RpcFrame.Call call -> {
                array.add(RpcFrame.CALL);
                array.add(call.messageId());
                array.add(call.action());
                array.add(call.payload());
            }
            case RpcFrame.CallResult result -> {
                array.add(RpcFrame.CALL_RESULT);
                array.add(result.messageId());
                array.add(result.payload());
            }
            case RpcFrame.CallError error -> {
                array.add(RpcFrame.CALL_ERROR);
                array.add(error.messageId());
                array.add(error.errorCode());
                array.add(error.errorDescription());
                array.add(error.errorDetails());
            }
        }
        try {
            return writer.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a JSON tree", e);
        }
    }

    /**
     * Escapes every UTF-16 surrogate, paired or not, as a JSON escape (RFC 8259 §7): a pair
     * becomes two escapes that any JSON parser joins again, a lone one stays exactly what it was.
     * Everything else is written as the standard JSON escapes and raw UTF-8.
     */
    private static final class SurrogateEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        static final SurrogateEscapes INSTANCE = new SurrogateEscapes();

        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public @Nullable SerializableString getEscapeSequence(int ch) {
            return Character.isSurrogate((char) ch)
                    ? new SerializedString(String.format("\\u%04X", ch))
                    : null;
        }
    }
}
