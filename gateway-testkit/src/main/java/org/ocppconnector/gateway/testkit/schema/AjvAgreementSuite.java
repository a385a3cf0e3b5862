package org.ocppconnector.gateway.testkit.schema;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.testkit.schema.AjvVerdicts.Judged;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas.Schema;

/**
 * Cross-checks a version's decoder, and the test generators, against an independent implementation
 * of its official schemas: ocpp-rpc's validator (ajv) run in Node. Every generated payload must get
 * the same verdict, valid or invalid, from both; the few places where the gateway is deliberately
 * stricter than ajv, which each version lists, are pinned down as such. One subclass per version.
 */
public abstract class AjvAgreementSuite {

    private final OcppProtocol protocol;
    private final OfficialSchemas schemas;
    private final int minValidPayloads;
    private final int minInvalidPayloads;

    /**
     * A suite for {@code protocol}, whose official schemas are {@code schemas}.
     *
     * @param minValidPayloads valid payloads must be more than this many, so a generator that dries
     *     up is noticed
     * @param minInvalidPayloads invalid payloads must be more than this many
     */
    protected AjvAgreementSuite(OcppProtocol protocol, OfficialSchemas schemas, int minValidPayloads,
            int minInvalidPayloads) {
        this.protocol = requireNonNull(protocol, "protocol");
        this.schemas = requireNonNull(schemas, "schemas");
        this.minValidPayloads = minValidPayloads;
        this.minInvalidPayloads = minInvalidPayloads;
    }

    /**
     * The version's own payloads that ajv accepts and the gateway refuses on purpose, besides the
     * date-times every version refuses (see {@link #deliberateDeviationsAreStricterThanAjv}).
     */
    protected abstract List<Judged> stricterThanAjv();

    @Test
    void decoderAndAjvAgreeOnEveryGeneratedPayload(@TempDir Path dir) throws Exception {
        List<Judged> payloads = new ArrayList<>();
        for (Schema schema : schemas.all()) {
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
            boolean ours = decode(judged) instanceof Decoded.Valid;
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
        assertTrue(validCount > minValidPayloads && payloads.size() - validCount > minInvalidPayloads,
                () -> "too few payloads: " + validCount + " valid of " + payloads.size());
    }

    /**
     * Where the gateway is stricter than ajv, on purpose: RFC 3339 §5.6 requires {@code T}, an
     * offset, and an offset of the form {@code ±hh:mm} with hh &lt; 24 and mm &lt; 60 (ajv-formats also
     * takes a space, no offset at all, {@code +hhmm}, {@code +hh}, {@code +24:00} and {@code +01:60});
     * the Heartbeat response's currentTime stands for every date-time. Then the version's own
     * deviations, {@link #stricterThanAjv()}.
     */
    @Test
    void deliberateDeviationsAreStricterThanAjv(@TempDir Path dir) throws Exception {
        Schema heartbeat = schemas.get("Heartbeat", false);
        List<Judged> stricter = new ArrayList<>(List.of(
                new Judged(heartbeat, json("{\"currentTime\":\"2025-01-31 12:00:00Z\"}")),
                new Judged(heartbeat, json("{\"currentTime\":\"2025-01-31T12:00:00+0100\"}")),
                new Judged(heartbeat, json("{\"currentTime\":\"2025-01-31T12:00:00+01\"}")),
                new Judged(heartbeat, json("{\"currentTime\":\"2025-01-31T12:00:00\"}")),
                new Judged(heartbeat, json("{\"currentTime\":\"2025-01-31T12:00:00+24:00\"}")),
                new Judged(heartbeat, json("{\"currentTime\":\"2025-01-31T12:00:00+01:60\"}"))));
        stricter.addAll(stricterThanAjv());
        List<String> verdicts = ajv(dir, stricter);
        for (int i = 0; i < stricter.size(); i++) {
            Judged judged = stricter.get(i);
            assertEquals("valid", verdicts.get(i), judged.payload()::toString);
            assertInstanceOf(Decoded.Invalid.class, decode(judged), judged.payload()::toString);
        }
    }

    /** Parses {@code text}, for writing the deviations down. */
    protected static JsonNode json(String text) {
        try {
            return OfficialSchemas.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Decoded decode(Judged judged) {
        return SchemaConformanceSuite.decode(protocol, judged.schema(), judged.payload());
    }

    private List<String> ajv(Path dir, List<Judged> payloads) throws IOException, InterruptedException {
        return AjvVerdicts.judge(dir, schemas, protocol.subprotocol(), payloads);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
