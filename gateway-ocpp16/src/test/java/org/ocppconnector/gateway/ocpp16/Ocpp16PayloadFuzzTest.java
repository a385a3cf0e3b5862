package org.ocppconnector.gateway.ocpp16;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocppconnector.gateway.testkit.Fixtures;
import org.ocppconnector.gateway.testkit.fuzz.PayloadFuzzing;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas;

/**
 * Fuzzes the OCPP 1.6 payload codecs of every action, requests and confirmations, with arbitrary
 * JSON (docs/fuzzing.md; the input format and invariants are {@link PayloadFuzzing}'s). Seeds: the
 * committed inputs plus a generated valid payload per official schema.
 */
class Ocpp16PayloadFuzzTest {

    private static final PayloadFuzzing FUZZING = new PayloadFuzzing(Ocpp16Protocol.INSTANCE);

    static Stream<byte[]> schemaSeeds() {
        return PayloadFuzzing.seeds(OfficialSchemas.load(Fixtures.ocpp16Schemas()));
    }

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
    @MethodSource("schemaSeeds")
    @FuzzTest
    void payload(byte[] input) {
        FUZZING.check(input);
    }
}
