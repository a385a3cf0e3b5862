package org.ocppconnector.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.Direction;
import org.ocppconnector.gateway.core.spi.LocalResponseContext;
import org.ocppconnector.gateway.core.spi.OcppMessage;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.core.spi.ResponsePolicy;

/**
 * A small OCPP-like version for testing the core without a real version module: Heartbeat
 * (local), Authorize (backend) from the station, Reset to the station. Its wire error codes are
 * spelled as in OCPP 2.0.1.
 */
final class TestProtocol implements OcppProtocol {

    static final String SUBPROTOCOL = "ocpp-test";

    private final String subprotocol;
    private final String version;

    TestProtocol() {
        this(SUBPROTOCOL, "test");
    }

    TestProtocol(String subprotocol, String version) {
        this.subprotocol = subprotocol;
        this.version = version;
    }

    @Override
    public String subprotocol() {
        return subprotocol;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Set<String> actions(Direction direction) {
        return switch (direction) {
            case STATION_TO_CSMS -> Set.of("Heartbeat", "Authorize");
            case CSMS_TO_STATION -> Set.of("Reset");
        };
    }

    @Override
    public int maxMessageIdLength() {
        return 36;
    }

    @Override
    public String errorCode(RpcErrorCode code) {
        StringBuilder b = new StringBuilder();
        for (String part : code.name().split("_")) {
            b.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return b.toString();
    }

    @Override
    public Optional<RpcErrorCode> parseErrorCode(String wireCode) {
        return Arrays.stream(RpcErrorCode.values()).filter(c -> errorCode(c).equals(wireCode)).findFirst();
    }

    @Override
    public Decoded decodeRequest(String action, JsonNode payload) {
        return switch (action) {
            case "Heartbeat" -> payload.isEmpty() ? ok(action, true) : unknownField(payload);
            case "Authorize" -> requireString(action, true, payload, "idTag", 20);
            case "Reset" -> {
                JsonNode type = payload.get("type");
                if (type == null) {
                    yield new Decoded.Invalid(RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "type: missing");
                }
                yield Set.of("Hard", "Soft").contains(type.asText()) ? ok(action, true)
                        : new Decoded.Invalid(RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "type: not Hard or Soft");
            }
            default -> new Decoded.Invalid(RpcErrorCode.NOT_IMPLEMENTED, action);
        };
    }

    @Override
    public Decoded decodeResponse(String action, JsonNode payload) {
        return switch (action) {
            case "Heartbeat" -> requireString(action, false, payload, "currentTime", 40);
            case "Authorize" -> payload.path("idTagInfo").path("status").isTextual() ? ok(action, false)
                    : new Decoded.Invalid(RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "idTagInfo.status: missing");
            case "Reset" -> requireString(action, false, payload, "status", 20);
            default -> new Decoded.Invalid(RpcErrorCode.NOT_IMPLEMENTED, action);
        };
    }

    private static Decoded requireString(String action, boolean request, JsonNode payload, String field, int max) {
        JsonNode value = payload.get(field);
        if (value == null) {
            return new Decoded.Invalid(RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, field + ": missing");
        }
        if (!value.isTextual()) {
            return new Decoded.Invalid(RpcErrorCode.TYPE_CONSTRAINT_VIOLATION, field + ": not a string");
        }
        if (value.asText().length() > max) {
            return new Decoded.Invalid(RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION, field + ": longer than " + max);
        }
        if (payload.size() > 1) {
            return unknownField(payload);
        }
        return ok(action, request);
    }

    private static Decoded unknownField(JsonNode payload) {
        return new Decoded.Invalid(RpcErrorCode.FORMAT_VIOLATION, "unknown property in " + payload);
    }

    private static Decoded ok(String action, boolean request) {
        return new Decoded.Valid(new Message(action, request));
    }

    @Override
    public JsonNode encode(OcppMessage message) {
        throw new IllegalArgumentException("the test protocol does not encode");
    }

    @Override
    public ResponsePolicy defaultPolicy(String action) {
        return "Authorize".equals(action) ? ResponsePolicy.BACKEND : ResponsePolicy.LOCAL;
    }

    @Override
    public JsonNode defaultLocalResponse(String action, JsonNode request, LocalResponseContext context) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("currentTime", context.now().toString());
        return response;
    }

    private record Message(String action, boolean isRequest) implements OcppMessage {}
}
