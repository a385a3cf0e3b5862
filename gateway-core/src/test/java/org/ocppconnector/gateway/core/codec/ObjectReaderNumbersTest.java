package org.ocppconnector.gateway.core.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.OcppMessage;

/** Numbers at the edges of what BigDecimal can hold, in {@code number} and {@code integer} fields. */
class ObjectReaderNumbersTest {

    record Numbers(String action, boolean isRequest, @Nullable BigDecimal decimal, @Nullable Integer integer)
            implements OcppMessage {}

    static final ObjectCodec<Numbers> CODEC = ObjectCodec.of(Numbers.class,
            in -> new Numbers("N", true, in.optDecimal("d"), in.optInteger("i")),
            (n, out) -> out.put("d", n.decimal()).put("i", n.integer()));

    private static final ObjectMapper MAPPER = OcppJson.newMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // An exponent near Integer.MIN_VALUE as the scale: precision - scale overflowed int, so the
        // 309-digit bound let it through, and setScale(1) then threw ArithmeticException.
        "{\"d\":1e2147483647}           | PROPERTY_CONSTRAINT_VIOLATION",
        "{\"d\":-9.9e2147483647}        | PROPERTY_CONSTRAINT_VIOLATION",
        "{\"d\":1e310}                  | PROPERTY_CONSTRAINT_VIOLATION",
        // Integral in value, too large for 32 bits; stripping zeros must not overflow the scale.
        "{\"i\":10e2147483647}          | PROPERTY_CONSTRAINT_VIOLATION",
        "{\"i\":1.0e2147483647}         | PROPERTY_CONSTRAINT_VIOLATION",
        "{\"i\":1000e2147483646}        | PROPERTY_CONSTRAINT_VIOLATION",
        "{\"i\":-1000.0e2147483646}     | PROPERTY_CONSTRAINT_VIOLATION",
        "{\"i\":1e-2147483647}          | TYPE_CONSTRAINT_VIOLATION",
    })
    void hugeAndTinyNumbersAreRefusedNotThrown(String json, RpcErrorCode code) throws Exception {
        JsonNode payload = MAPPER.readTree(json);
        Decoded decoded = ObjectCodec.decode(CODEC, payload);
        assertEquals(code, assertInstanceOf(Decoded.Invalid.class, decoded, decoded::toString).errorCode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"d\":1e-2147483647}    | 1E-2147483647",
        // A number written with an exponent stays a decimal: scale 1 at least.
        "{\"d\":1.5e3}            | 1500.0",
        "{\"d\":16.10}            | 16.10",
        "{\"d\":5}                | 5",
    })
    void decimalsWithinRangeAreKeptExactly(String json, String expected) throws Exception {
        Decoded decoded = ObjectCodec.decode(CODEC, MAPPER.readTree(json));
        Numbers numbers = (Numbers) assertInstanceOf(Decoded.Valid.class, decoded, decoded::toString).message();
        assertEquals(expected, numbers.decimal().toString());
        assertEquals(decoded, ObjectCodec.decode(CODEC, CODEC.write(numbers)), "round trip");
    }
}
