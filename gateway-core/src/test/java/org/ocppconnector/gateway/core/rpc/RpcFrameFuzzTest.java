package org.ocppconnector.gateway.core.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/**
 * Fuzzes the OCPP-J frame parser with arbitrary WebSocket text (docs/fuzzing.md). Invariants:
 * parsing never throws and never returns null; a malformed frame names an RPC-level error code and
 * a message id that is {@code -1} or a readable one; every frame the gateway would send in answer
 * (the CALLERROR of a malformed frame, or a valid frame written back) survives the trip through
 * UTF-8 onto the wire and parses back to the same frame, so the station reads the id it sent.
 */
class RpcFrameFuzzTest {

    private static final int MAX_ID = 36;
    private static final ObjectMapper MAPPER = OcppJson.newMapper();
    private static final RpcFrameCodec CODEC = new RpcFrameCodec(MAPPER, MAX_ID);
    /** The codes a frame (as opposed to a payload) can be refused with. */
    private static final Set<RpcErrorCode> FRAME_ERRORS = EnumSet.of(RpcErrorCode.RPC_FRAMEWORK_ERROR,
            RpcErrorCode.FORMAT_VIOLATION, RpcErrorCode.MESSAGE_TYPE_NOT_SUPPORTED);

    // The same entries as the testkit's json-edges.dict, which the payload targets use: core's
    // tests cannot see the testkit, which depends on core.
    @DictionaryEntries({
        // Numbers at the edges of int, long, double and BigDecimal's scale.
        "2147483648", "-2147483649", "9223372036854775808", "e2147483647", "e-2147483648", "1e99999999999",
        "-0", "0.10", "1E+400",
        // Escapes JSON allows and UTF-8 does not carry as they are: lone surrogates, a pair, NUL.
        "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u0000",
        // date-time edges: offsets RFC 3339 allows beyond java.time's, a leap second, a leap day.
        "+23:59", "-18:01", "T23:59:60Z", "2024-02-29T00:00:00Z",
        "null", "true", "[]", "{}"
    })
    @FuzzTest
    void parse(byte[] input) {
        // What Netty hands the session for a text frame: the payload decoded as UTF-8.
        String text = new String(input, StandardCharsets.UTF_8);
        ParsedFrame parsed = CODEC.parse(text);
        assertNotNull(parsed, "parse returned null");
        switch (parsed) {
            case ParsedFrame.Valid valid -> {
                RpcFrame frame = valid.frame();
                assertValidId(frame.messageId());
                assertEquals(frame, overTheWire(frame), "a valid frame written back parses to itself");
            }
            case ParsedFrame.Malformed malformed -> {
                assertTrue(FRAME_ERRORS.contains(malformed.errorCode()), malformed::toString);
                assertFalse(malformed.description().isEmpty(), "a refusal says why");
                String id = malformed.messageId();
                if (!id.equals(ParsedFrame.Malformed.UNKNOWN_ID)) {
                    assertValidId(id);
                }
                RpcFrame answer = new RpcFrame.CallError(id, "FormatViolation", malformed.description(),
                        MAPPER.createObjectNode());
                RpcFrame.CallError echoed = assertInstanceOf(RpcFrame.CallError.class, overTheWire(answer));
                assertEquals(id, echoed.messageId(), "the CALLERROR carries the id as the station sent it");
                assertEquals(answer, echoed);
            }
        }
    }

    /** Writes a frame as the gateway sends it (UTF-8 on the wire) and parses what arrives. */
    private static RpcFrame overTheWire(RpcFrame frame) {
        String written = CODEC.write(frame);
        String received = new String(written.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        ParsedFrame parsed = CODEC.parse(received);
        return assertInstanceOf(ParsedFrame.Valid.class, parsed, () -> written + " -> " + parsed).frame();
    }

    private static void assertValidId(String id) {
        assertTrue(!id.isEmpty() && id.length() <= MAX_ID, () -> "messageId length " + id.length());
    }
}
