package org.ocppconnector.gateway.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.core.rpc.ParsedFrame;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.rpc.RpcFrame;
import org.ocppconnector.gateway.core.rpc.RpcFrameCodec;

class RpcFrameCodecTest {

    private final ObjectMapper mapper = OcppJson.newMapper();
    private final RpcFrameCodec codec = new RpcFrameCodec(mapper, 36);

    @Test
    void parsesCall() throws Exception {
        ParsedFrame parsed = codec.parse("[2,\"19223201\",\"BootNotification\",{\"chargePointVendor\":\"VendorX\",\"x\":16.10}]");
        RpcFrame.Call call = assertInstanceOf(RpcFrame.Call.class, assertInstanceOf(ParsedFrame.Valid.class, parsed).frame());
        assertEquals("19223201", call.messageId());
        assertEquals("BootNotification", call.action());
        assertEquals("VendorX", call.payload().get("chargePointVendor").asText());
        // Decimals are kept exactly as written, so the uplink carries what the station sent.
        assertEquals("16.10", call.payload().get("x").decimalValue().toPlainString());
    }

    @Test
    void parsesCallResultAndCallError() {
        RpcFrame.CallResult result = assertInstanceOf(RpcFrame.CallResult.class,
                ((ParsedFrame.Valid) codec.parse("[3,\"a\",{\"status\":\"Accepted\"}]")).frame());
        assertEquals("Accepted", result.payload().get("status").asText());
        RpcFrame.CallError error = assertInstanceOf(RpcFrame.CallError.class,
                ((ParsedFrame.Valid) codec.parse("[4,\"b\",\"NotSupported\",\"no\",{\"k\":1}]")).frame());
        assertEquals("NotSupported", error.errorCode());
        assertEquals(1, error.errorDetails().get("k").asInt());
        // Some 1.6 stations leave out the details object.
        assertInstanceOf(ParsedFrame.Valid.class, codec.parse("[4,\"b\",\"GenericError\",\"\"]"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "not json                                  | -1   | RPC_FRAMEWORK_ERROR        | true",
        "{\"a\":1}                                 | -1   | RPC_FRAMEWORK_ERROR        | true",
        "[]                                        | -1   | RPC_FRAMEWORK_ERROR        | true",
        "[\"2\",\"x\",\"A\",{}]                    | -1   | RPC_FRAMEWORK_ERROR        | true",
        "[2,7,\"A\",{}]                            | -1   | RPC_FRAMEWORK_ERROR        | true",
        "[2,\"\",\"A\",{}]                         | -1   | RPC_FRAMEWORK_ERROR        | true",
        "[2,\"0123456789012345678901234567890123456\",\"A\",{}] | -1 | RPC_FRAMEWORK_ERROR | true",
        "[9,\"id9\",\"A\",{}]                      | id9  | MESSAGE_TYPE_NOT_SUPPORTED | true",
        "[2,\"id1\",\"A\"]                         | id1  | RPC_FRAMEWORK_ERROR        | true",
        "[2,\"id1\",\"A\",[]]                      | id1  | FORMAT_VIOLATION           | true",
        "[2,\"id1\",\"A\",{},5]                    | id1  | RPC_FRAMEWORK_ERROR        | true",
        "[2,\"id1\",\"A\",{\"a\":}]                | id1  | FORMAT_VIOLATION           | true",
        "[2,\"id1\",\"A\",{\"a\":1,\"a\":2}]       | id1  | FORMAT_VIOLATION           | true",
        "[2,\"id1\",\"A\",{}] x                    | id1  | FORMAT_VIOLATION           | true",
        "[2,\"id1\",5,{}]                          | id1  | RPC_FRAMEWORK_ERROR        | true",
        "[3,\"id3\"]                               | id3  | RPC_FRAMEWORK_ERROR        | false",
        "[3,\"id3\",\"x\"]                         | id3  | FORMAT_VIOLATION           | false",
        "[4,\"id4\",5,\"d\",{}]                    | id4  | RPC_FRAMEWORK_ERROR        | false",
        // Jackson reports a number BigDecimal cannot hold with a NumberFormatException, which
        // escaped the parser and closed the connection with 1011.
        "[2,\"id5\",\"A\",{\"n\":1e99999999999}]     | id5  | FORMAT_VIOLATION           | true",
        "[3,\"id6\",{\"n\":-1E-99999999999}]         | id6  | FORMAT_VIOLATION           | false",
    })
    void malformedFramesCarryTheirMessageId(String text, String messageId, RpcErrorCode code, boolean answerable) {
        ParsedFrame.Malformed malformed = assertInstanceOf(ParsedFrame.Malformed.class, codec.parse(text.strip()));
        assertEquals(messageId, malformed.messageId());
        assertEquals(code, malformed.errorCode(), malformed.description());
        assertEquals(answerable, malformed.answerable());
        assertFalse(malformed.description().isBlank());
    }

    @Test
    void writesFramesWithEscaping() throws Exception {
        String text = codec.write(new RpcFrame.CallError("id\"1", "GenericError", "quote \" and \\",
                mapper.createObjectNode()));
        assertEquals("[4,\"id\\\"1\",\"GenericError\",\"quote \\\" and \\\\\",{}]", text);
        ParsedFrame parsed = codec.parse(text);
        assertEquals("id\"1", assertInstanceOf(ParsedFrame.Valid.class, parsed).frame().messageId());
    }

    @Test
    void echoesAMessageIdWithALoneSurrogateExactly() {
        // Found by RpcFrameFuzzTest: a station can send a lone surrogate as a JSON escape. Written
        // raw, it reached the wire as '?' (UTF-8 has no lone surrogates), so the CALLERROR's id was
        // not the one the station sent. Escaped, it survives the trip through UTF-8 unchanged.
        ParsedFrame.Malformed malformed = assertInstanceOf(ParsedFrame.Malformed.class,
                codec.parse("[2,\"a\\udc00\",\"HeartNoa\\\"}]"));
        assertEquals("a\udc00", malformed.messageId());
        String answer = codec.write(new RpcFrame.CallError(malformed.messageId(), "FormatViolation", "bad",
                mapper.createObjectNode()));
        assertEquals("[4,\"a\\uDC00\",\"FormatViolation\",\"bad\",{}]", answer);
        String onTheWire = new String(answer.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertEquals("a\udc00", ((ParsedFrame.Valid) codec.parse(onTheWire)).frame().messageId());
        // A pair is escaped too, as two escapes that parse back to the same character.
        String pair = codec.write(new RpcFrame.CallResult("\ud83d\ude00\u00e9", mapper.createObjectNode()));
        assertEquals("[3,\"\\uD83D\\uDE00\u00e9\",{}]", pair);
        assertEquals("\ud83d\ude00\u00e9", ((ParsedFrame.Valid) codec.parse(pair)).frame().messageId());
    }

    @Test
    void callRoundTrips() throws Exception {
        String text = "[2,\"m\",\"Reset\",{\"type\":\"Hard\"}]";
        RpcFrame frame = ((ParsedFrame.Valid) codec.parse(text)).frame();
        assertEquals(text, codec.write(frame));
        assertTrue(frame instanceof RpcFrame.Call);
    }
}
