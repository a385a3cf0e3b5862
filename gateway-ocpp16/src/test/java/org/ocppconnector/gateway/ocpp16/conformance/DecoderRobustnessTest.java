package org.ocppconnector.gateway.ocpp16.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.ocpp16.conformance.OfficialSchemas.Schema;
import org.ocppconnector.gateway.ocpp16.conformance.ValidPayloads.Mode;

/**
 * Decoding never throws, whatever a peer sends: random values put anywhere in every schema's
 * payloads (including values no JSON parser produces, such as NaN) yield Valid or Invalid, and a
 * Valid one encodes to JSON that decodes to the same message (exact text round trips are the
 * conformance suites' business; here 5.0 in an integer field comes back as 5).
 */
class DecoderRobustnessTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void decodingNeverThrows() {
        Random random = new Random(16);
        int decoded = 0;
        int invalid = 0;
        for (Schema schema : OfficialSchemas.all()) {
            JsonNode base = ValidPayloads.generate(schema, Mode.ALL, 7);
            List<Location> locations = Location.walk(schema, base);
            for (int i = 0; i < 60; i++) {
                Location at = locations.get(random.nextInt(locations.size()));
                JsonNode payload = at.isRoot()
                        ? ((ObjectNode) base.deepCopy()).set("x" + random.nextInt(3), garbage(random, 2))
                        : at.replacedBy(base, garbage(random, 2));
                Decoded result = SchemaConformanceSuite.decode(schema, payload);
                decoded++;
                if (result instanceof Decoded.Valid valid) {
                    JsonNode encoded = SchemaConformanceSuite.PROTOCOL.encode(valid.message());
                    assertEquals(result, SchemaConformanceSuite.decode(schema, encoded), payload::toString);
                } else {
                    invalid++;
                }
            }
        }
        assertEquals(78 * 60, decoded);
        assertTrue(invalid > decoded / 2, "most garbage is refused: " + invalid + " of " + decoded);
    }

    private static JsonNode garbage(Random random, int depth) {
        return switch (random.nextInt(depth > 0 ? 14 : 12)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.booleanNode(random.nextBoolean());
            case 2 -> JSON.numberNode(random.nextInt());
            case 3 -> JSON.numberNode(random.nextLong());
            case 4 -> JSON.numberNode(new BigInteger("123456789012345678901234567890"));
            case 5 -> DoubleNode.valueOf(List.of(Double.NaN, Double.POSITIVE_INFINITY, 1e300, -0.0, 2.5)
                    .get(random.nextInt(5)));
            case 6 -> DecimalNode.valueOf(new BigDecimal(
                    List.of("1E+999999999", "1E-999999999", "5.0", "0.30000000000000004").get(random.nextInt(4))));
            case 7 -> JSON.textNode("");
            case 8 -> JSON.textNode("x".repeat(random.nextInt(12_000)));
            case 9 -> JSON.textNode(List.of("Accepted", "2025-01-31T00:00:00Z", "\uD800", "http://x")
                    .get(random.nextInt(4)));
            case 10 -> JSON.objectNode();
            case 11 -> JSON.arrayNode();
            case 12 -> JSON.arrayNode().add(garbage(random, depth - 1)).add(garbage(random, depth - 1));
            default -> JSON.objectNode().set("status", garbage(random, depth - 1));
        };
    }
}
