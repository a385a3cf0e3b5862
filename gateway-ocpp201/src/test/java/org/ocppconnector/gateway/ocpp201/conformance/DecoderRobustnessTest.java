package org.ocppconnector.gateway.ocpp201.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.testkit.schema.Location;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas.Schema;
import org.ocppconnector.gateway.testkit.schema.RandomJson;
import org.ocppconnector.gateway.testkit.schema.ValidPayloads;
import org.ocppconnector.gateway.testkit.schema.ValidPayloads.Mode;

/**
 * Decoding never throws, whatever a peer sends: random values put anywhere in every schema's
 * payloads (including values no JSON parser produces, such as NaN, and garbage inside customData)
 * yield Valid or Invalid, and a Valid one encodes to JSON that decodes to the same message.
 */
class DecoderRobustnessTest {

    private static final int PER_SCHEMA = 40;

    @Test
    void decodingNeverThrows() {
        Random random = new Random(201);
        int decoded = 0;
        int invalid = 0;
        for (Schema schema : Ocpp201ConformanceSuite.SCHEMAS.all()) {
            JsonNode base = ValidPayloads.generate(schema, Mode.COMPACT, 7);
            List<Location> locations = Location.walk(schema, base);
            for (int i = 0; i < PER_SCHEMA; i++) {
                Location at = locations.get(random.nextInt(locations.size()));
                JsonNode payload = at.isRoot() || at.allowsAdditionalProperties()
                        ? at.withExtraProperty(base, "x" + random.nextInt(3), RandomJson.garbage(random, 2))
                        : at.replacedBy(base, RandomJson.garbage(random, 2));
                Decoded result = Ocpp201ConformanceSuite.decode(schema, payload);
                decoded++;
                if (result instanceof Decoded.Valid valid) {
                    JsonNode encoded = Ocpp201ConformanceSuite.PROTOCOL.encode(valid.message());
                    assertEquals(result, Ocpp201ConformanceSuite.decode(schema, encoded), payload::toString);
                } else {
                    invalid++;
                }
            }
        }
        assertEquals(128 * PER_SCHEMA, decoded);
        assertTrue(invalid > decoded / 2, "most garbage is refused: " + invalid + " of " + decoded);
    }
}
