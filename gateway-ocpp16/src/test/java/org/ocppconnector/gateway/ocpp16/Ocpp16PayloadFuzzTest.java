package org.ocppconnector.gateway.ocpp16;

import com.code_intelligence.jazzer.junit.DictionaryFile;
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

    @DictionaryFile(resourcePath = PayloadFuzzing.DICTIONARY)
    @MethodSource("schemaSeeds")
    @FuzzTest
    void payload(byte[] input) {
        FUZZING.check(input);
    }
}
