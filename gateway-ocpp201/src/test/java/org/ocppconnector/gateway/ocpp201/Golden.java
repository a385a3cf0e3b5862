package org.ocppconnector.gateway.ocpp201;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.OcppMessage;

/** Helpers for the hand-written golden payloads: decode as the gateway does, compare exact text. */
final class Golden {

    static final ObjectMapper MAPPER = OcppJson.newMapper();
    static final Ocpp201Protocol PROTOCOL = Ocpp201Protocol.INSTANCE;

    private Golden() {}

    static JsonNode json(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /** Decodes a CALL payload that must be valid, and checks it encodes back to exactly the same text. */
    static <T extends OcppMessage> T request(String action, String text, Class<T> type)
            throws JsonProcessingException {
        Decoded decoded = PROTOCOL.decodeRequest(action, json(text));
        T message = type.cast(assertInstanceOf(Decoded.Valid.class, decoded, decoded::toString).message());
        assertEquals(text, MAPPER.writeValueAsString(PROTOCOL.encode(message)), "exact round trip");
        return message;
    }

    /** Decodes a CALLRESULT payload that must be valid, and checks it encodes back to exactly the same text. */
    static <T extends OcppMessage> T response(String action, String text, Class<T> type)
            throws JsonProcessingException {
        Decoded decoded = PROTOCOL.decodeResponse(action, json(text));
        T message = type.cast(assertInstanceOf(Decoded.Valid.class, decoded, decoded::toString).message());
        assertEquals(text, MAPPER.writeValueAsString(PROTOCOL.encode(message)), "exact round trip");
        return message;
    }

    static void assertInvalidRequest(String action, String text, RpcErrorCode code, String description)
            throws JsonProcessingException {
        assertInvalid(PROTOCOL.decodeRequest(action, json(text)), code, description);
    }

    static void assertInvalidResponse(String action, String text, RpcErrorCode code, String description)
            throws JsonProcessingException {
        assertInvalid(PROTOCOL.decodeResponse(action, json(text)), code, description);
    }

    static String encode(OcppMessage message) throws JsonProcessingException {
        return MAPPER.writeValueAsString(PROTOCOL.encode(message));
    }

    private static void assertInvalid(Decoded decoded, RpcErrorCode code, String description) {
        Decoded.Invalid invalid = assertInstanceOf(Decoded.Invalid.class, decoded, decoded::toString);
        assertEquals(code, invalid.errorCode(), invalid.description());
        assertEquals(description, invalid.description());
    }
}
