package org.ocppconnector.gateway.ocpp201.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.testkit.schema.AjvVerdicts;
import org.ocppconnector.gateway.testkit.schema.AjvVerdicts.Judged;
import org.ocppconnector.gateway.testkit.schema.InvalidPayloads;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas.Schema;
import org.ocppconnector.gateway.testkit.schema.SchemaConformanceSuite;

/**
 * Cross-checks the decoder, and the test generators, against an independent implementation of the
 * official 2.0.1 schemas: ocpp-rpc's validator (ajv) run in Node. Every generated payload of the
 * 128 schemas must get the same verdict, valid or invalid, from both; the few places where the
 * gateway is deliberately stricter than ajv are pinned down as such.
 */
class AjvAgreementTest {

    @Test
    void decoderAndAjvAgreeOnEveryGeneratedPayload(@TempDir Path dir) throws Exception {
        List<Judged> payloads = new ArrayList<>();
        for (Schema schema : Ocpp201ConformanceSuite.SCHEMAS.all()) {
            for (JsonNode payload : SchemaConformanceSuite.validPayloads(schema)) {
                payloads.add(new Judged(schema, payload));
            }
            for (InvalidPayloads.Case invalid : SchemaConformanceSuite.invalidPayloads(schema)) {
                payloads.add(new Judged(schema, invalid.payload()));
            }
        }
        List<String> verdicts = ajv(dir, payloads);

        List<String> disagreements = new ArrayList<>();
        int valid = 0;
        for (int i = 0; i < payloads.size(); i++) {
            Judged judged = payloads.get(i);
            boolean ours = Ocpp201ConformanceSuite.decode(judged.schema(), judged.payload()) instanceof Decoded.Valid;
            boolean theirs = verdicts.get(i).equals("valid");
            valid += ours ? 1 : 0;
            if (ours != theirs) {
                disagreements.add(judged.schema() + " " + abbreviate(judged.payload().toString())
                        + ": gateway " + (ours ? "valid" : "invalid") + ", ajv " + verdicts.get(i));
            }
        }
        assertEquals(List.of(), disagreements.stream().limit(10).toList(),
                disagreements.size() + " disagreements");
        int validCount = valid;
        assertTrue(validCount > 2000 && payloads.size() - validCount > 14000,
                () -> "too few payloads: " + validCount + " valid of " + payloads.size());
    }

    /**
     * Where the gateway is stricter than ajv, on purpose, as in 1.6: RFC 3339 §5.6 requires
     * {@code T}, an offset, and an offset of the form {@code ±hh:mm} with hh &lt; 24 and mm &lt; 60
     * (ajv-formats also takes a space, no offset at all, {@code +hhmm}, {@code +hh}, {@code +24:00}
     * and {@code +01:60}); and integers are 32-bit Java ints.
     */
    @Test
    void deliberateDeviationsAreStricterThanAjv(@TempDir Path dir) throws Exception {
        Schema heartbeat = Ocpp201ConformanceSuite.SCHEMAS.get("Heartbeat", false);
        Schema cancel = Ocpp201ConformanceSuite.SCHEMAS.get("CancelReservation", true);
        Schema soc = Ocpp201ConformanceSuite.SCHEMAS.get("NotifyEVChargingNeeds", true);
        List<Judged> stricter = List.of(
                new Judged(heartbeat, json("{\"currentTime\":\"2025-01-31 12:00:00Z\"}")),
                new Judged(heartbeat, json("{\"currentTime\":\"2025-01-31T12:00:00+0100\"}")),
                new Judged(heartbeat, json("{\"currentTime\":\"2025-01-31T12:00:00+01\"}")),
                new Judged(heartbeat, json("{\"currentTime\":\"2025-01-31T12:00:00\"}")),
                new Judged(heartbeat, json("{\"currentTime\":\"2025-01-31T12:00:00+24:00\"}")),
                new Judged(heartbeat, json("{\"currentTime\":\"2025-01-31T12:00:00+01:60\"}")),
                new Judged(cancel, json("{\"reservationId\":2147483648}")),
                new Judged(soc, json("{\"evseId\":1,\"chargingNeeds\":{\"requestedEnergyTransfer\":\"DC\","
                        + "\"dcChargingParameters\":{\"evMaxCurrent\":9007199254740993,\"evMaxVoltage\":500}}}")));
        List<String> verdicts = ajv(dir, stricter);
        for (int i = 0; i < stricter.size(); i++) {
            Judged judged = stricter.get(i);
            assertEquals("valid", verdicts.get(i), judged.payload()::toString);
            assertInstanceOf(Decoded.Invalid.class, Ocpp201ConformanceSuite.decode(judged.schema(), judged.payload()),
                    judged.payload()::toString);
        }
    }

    private static List<String> ajv(Path dir, List<Judged> payloads) throws IOException, InterruptedException {
        return AjvVerdicts.judge(dir, Ocpp201ConformanceSuite.SCHEMAS, "ocpp2.0.1", payloads);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    private static JsonNode json(String text) throws IOException {
        return OfficialSchemas.MAPPER.readTree(text);
    }
}
