package org.ocppconnector.gateway.testkit.fuzz;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.core.rpc.ParsedFrame;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.rpc.RpcFrame;
import org.ocppconnector.gateway.core.rpc.RpcFrameCodec;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.Direction;
import org.ocppconnector.gateway.core.spi.LocalResponseContext;
import org.ocppconnector.gateway.core.spi.OcppMessage;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas.Schema;
import org.ocppconnector.gateway.testkit.schema.ValidPayloads;

/**
 * Decodes arbitrary payloads of every action of a version, in both directions, and checks what a
 * gateway that holds under hostile input needs (docs/fuzzing.md): decoding never throws; a refusal
 * is one of the payload error codes, which the version spells and reads back, with a description
 * naming where the fault is; an accepted payload is a typed message of that action and direction
 * that encodes to JSON which decodes to the same message (and encodes the same again), also after
 * the trip through a frame on the wire; a station CALL it accepts has a default local response
 * that the version accepts as the response. Every answer the gateway would send about it (the
 * CALLERROR or the frame) is valid UTF-8 and parses back unchanged.
 *
 * <p>An input is a header line and the payload: {@code >Action} for a request, {@code <Action}
 * for a response, then {@code \n} and the JSON. A header that names no action of the version
 * still picks one (by its hash), so every mutation of a seed exercises some action's codec.
 * The payload goes through the real frame parser, as a CALL with that action.
 */
public final class PayloadFuzzing {

    /**
     * The dictionary of JSON edge cases for the payload targets, as a classpath resource
     * ({@code @DictionaryFile(resourcePath = PayloadFuzzing.DICTIONARY)}).
     */
    public static final String DICTIONARY = "/org/ocppconnector/gateway/testkit/fuzz/json-edges.dict";

    private static final ObjectMapper MAPPER = OcppJson.newMapper();
    /** The codes a payload (as opposed to a frame) can be refused with (OCPP-J 1.6 §4.2.3, 2.0.1 part 4 §4.3). */
    private static final Set<RpcErrorCode> PAYLOAD_ERRORS = EnumSet.of(RpcErrorCode.FORMAT_VIOLATION,
            RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION, RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
            RpcErrorCode.TYPE_CONSTRAINT_VIOLATION);
    private static final LocalResponseContext CONTEXT =
            new LocalResponseContext(Instant.parse("2026-11-22T08:00:00.123Z"), 300);

    private final OcppProtocol protocol;
    private final RpcFrameCodec codec;
    private final List<String> actions;

    /** A harness for {@code protocol}. */
    public PayloadFuzzing(OcppProtocol protocol) {
        this.protocol = requireNonNull(protocol, "protocol");
        this.codec = new RpcFrameCodec(MAPPER, protocol.maxMessageIdLength());
        Set<String> all = new TreeSet<>(protocol.actions(Direction.STATION_TO_CSMS));
        all.addAll(protocol.actions(Direction.CSMS_TO_STATION));
        this.actions = List.copyOf(all);
    }

    /** Seeds in the input format: a generated valid payload with every property, per schema. */
    public static Stream<byte[]> seeds(OfficialSchemas schemas) {
        List<byte[]> seeds = new ArrayList<>();
        for (Schema schema : schemas.all()) {
            JsonNode payload = ValidPayloads.generate(schema, ValidPayloads.Mode.ALL, 0);
            String text;
            try {
                text = MAPPER.writeValueAsString(payload);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            seeds.add(((schema.request() ? ">" : "<") + schema.action() + "\n" + text).getBytes(StandardCharsets.UTF_8));
        }
        return seeds.stream();
    }

    /** Runs one input; throws {@link AssertionError} if an invariant does not hold. */
    public void check(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String header = newline < 0 ? text : text.substring(0, newline);
        String body = newline < 0 ? "" : text.substring(newline + 1);
        boolean request = header.startsWith(">") || !header.startsWith("<") && (header.hashCode() & 1) == 0;
        String named = header.isEmpty() || header.charAt(0) != '>' && header.charAt(0) != '<'
                ? header : header.substring(1);
        String action = actions.contains(named) ? named : actions.get(Math.floorMod(named.hashCode(), actions.size()));

        // The payload as the gateway gets it: out of a CALL frame read by the real parser.
        String frame = "[2,\"fuzz\",\"" + action + "\"," + body + "]";
        if (!(codec.parse(frame) instanceof ParsedFrame.Valid valid)
                || !(valid.frame() instanceof RpcFrame.Call call)) {
            return;
        }
        JsonNode payload = call.payload();
        Decoded decoded = decode(action, request, payload);
        assertNotNull(decoded, "decode returned null");
        switch (decoded) {
            case Decoded.Invalid invalid -> checkRefusal(invalid);
            case Decoded.Valid accepted -> checkMessage(action, request, payload, accepted.message());
        }
    }

    private void checkRefusal(Decoded.Invalid invalid) {
        assertTrue(PAYLOAD_ERRORS.contains(invalid.errorCode()), invalid::toString);
        String wire = protocol.errorCode(invalid.errorCode());
        assertEquals(invalid.errorCode(), protocol.parseErrorCode(wire).orElse(null), wire);
        assertTrue(invalid.description().contains(": "), () -> "no path in: " + invalid.description());
        RpcFrame answer = new RpcFrame.CallError("fuzz", wire, invalid.description(), MAPPER.createObjectNode());
        assertEquals(answer, overTheWire(answer), "the CALLERROR arrives as sent");
    }

    private void checkMessage(String action, boolean request, JsonNode payload, OcppMessage message) {
        assertEquals(action, message.action(), "action of the decoded message");
        assertEquals(request, message.isRequest(), "direction of the decoded message");
        JsonNode encoded = protocol.encode(message);
        Decoded again = decode(action, request, encoded);
        Decoded.Valid valid = assertInstanceOf(Decoded.Valid.class, again, () -> payload + " -> " + encoded + " -> " + again);
        assertEquals(message, valid.message(), () -> "decode(encode(m)) != m for " + payload + " -> " + encoded);
        assertEquals(encoded, protocol.encode(valid.message()), "encoding is stable");
        RpcFrame sent = request
                ? new RpcFrame.Call("fuzz", action, encoded)
                : new RpcFrame.CallResult("fuzz", encoded);
        RpcFrame received = overTheWire(sent);
        JsonNode arrived = received instanceof RpcFrame.Call c ? c.payload() : ((RpcFrame.CallResult) received).payload();
        assertEquals(message, assertInstanceOf(Decoded.Valid.class, decode(action, request, arrived)).message(),
                "the encoded message survives the wire");
        if (request && protocol.actions(Direction.STATION_TO_CSMS).contains(action)) {
            JsonNode response = protocol.defaultLocalResponse(action, payload, CONTEXT);
            Decoded answer = protocol.decodeResponse(action, response);
            assertInstanceOf(Decoded.Valid.class, answer, () -> "default response " + response + " -> " + answer);
        }
    }

    private Decoded decode(String action, boolean request, JsonNode payload) {
        return request ? protocol.decodeRequest(action, payload) : protocol.decodeResponse(action, payload);
    }

    /** Writes a frame as the gateway sends it, as UTF-8, and parses what arrives. */
    private RpcFrame overTheWire(RpcFrame frame) {
        String written = codec.write(frame);
        ParsedFrame parsed = codec.parse(new String(written.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        RpcFrame back = assertInstanceOf(ParsedFrame.Valid.class, parsed, () -> written + " -> " + parsed).frame();
        assertFalse(back.messageId().isEmpty());
        return back;
    }
}
