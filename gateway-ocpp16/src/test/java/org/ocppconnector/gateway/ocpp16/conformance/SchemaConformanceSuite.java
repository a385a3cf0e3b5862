package org.ocppconnector.gateway.ocpp16.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.ocpp16.Ocpp16Protocol;
import org.ocppconnector.gateway.ocpp16.conformance.OfficialSchemas.Schema;
import org.ocppconnector.gateway.ocpp16.conformance.ValidPayloads.Mode;

/**
 * For every schema of a feature's actions (request and confirmation): generated valid payloads
 * decode to the action's record and encode back to the same JSON; single-fault invalid payloads
 * are refused with the expected error code, naming the faulty field's path.
 */
abstract class SchemaConformanceSuite {

    static final Ocpp16Protocol PROTOCOL = Ocpp16Protocol.INSTANCE;
    static final int RANDOM_SEEDS = 6;
    static final int ALL_SEEDS = 3;

    /** The feature whose actions this suite covers. */
    abstract Feature feature();

    @TestFactory
    Stream<DynamicContainer> conformsToTheOfficialSchemas() {
        return feature().actions().keySet().stream().sorted()
                .flatMap(action -> Stream.of(OfficialSchemas.get(action, true), OfficialSchemas.get(action, false)))
                .map(schema -> dynamicContainer(schema.toString(), Stream.of(
                        dynamicContainer("valid", validCases(schema)),
                        dynamicContainer("invalid", invalidCases(schema)))));
    }

    /** The valid payloads generated for {@code schema}, as they arrive on the wire. */
    static List<JsonNode> validPayloads(Schema schema) {
        List<JsonNode> payloads = new ArrayList<>();
        for (int seed = 0; seed < ALL_SEEDS; seed++) {
            payloads.add(ValidPayloads.generate(schema, Mode.ALL, seed));
        }
        payloads.add(ValidPayloads.generate(schema, Mode.REQUIRED, 0));
        payloads.add(ValidPayloads.generate(schema, Mode.BOUNDARY, 0));
        for (int seed = 0; seed < RANDOM_SEEDS; seed++) {
            payloads.add(ValidPayloads.generate(schema, Mode.RANDOM, seed));
        }
        payloads.addAll(ValidPayloads.enumSweep(schema, 0));
        return payloads.stream().map(SchemaConformanceSuite::overTheWire).toList();
    }

    /** The invalid payloads derived from {@code schema}. */
    static List<InvalidPayloads.Case> invalidPayloads(Schema schema) {
        return InvalidPayloads.derive(schema, ValidPayloads.generate(schema, Mode.ALL, 0));
    }

    static Decoded decode(Schema schema, JsonNode payload) {
        return schema.request()
                ? PROTOCOL.decodeRequest(schema.action(), payload)
                : PROTOCOL.decodeResponse(schema.action(), payload);
    }

    private static Stream<DynamicNode> validCases(Schema schema) {
        List<JsonNode> payloads = validPayloads(schema);
        return Stream.iterate(0, i -> i < payloads.size(), i -> i + 1).map(i -> dynamicTest("#" + i, () -> {
            JsonNode payload = payloads.get(i);
            Decoded decoded = decode(schema, payload);
            Decoded.Valid valid = assertInstanceOf(Decoded.Valid.class, decoded, () -> payload + " -> " + decoded);
            assertEquals(schema.action(), valid.message().action());
            assertEquals(schema.request(), valid.message().isRequest());
            assertEquals(schema.action() + (schema.request() ? "Request" : "Confirmation"),
                    valid.message().getClass().getSimpleName());
            assertEquals(payload, PROTOCOL.encode(valid.message()), "round trip");
        }));
    }

    private static Stream<DynamicNode> invalidCases(Schema schema) {
        return invalidPayloads(schema).stream().map(invalid -> dynamicTest(invalid.name(), () -> {
            JsonNode payload = invalid.expectedPath().equals("payload")
                    ? invalid.payload()
                    : overTheWire(invalid.payload());
            Decoded decoded = decode(schema, payload);
            Decoded.Invalid refused =
                    assertInstanceOf(Decoded.Invalid.class, decoded, () -> payload + " -> " + decoded);
            assertEquals(invalid.expectedCode(), refused.errorCode(), refused::description);
            assertTrue(refused.description().startsWith(invalid.expectedPath() + ": "),
                    () -> "expected the path " + invalid.expectedPath() + " in: " + refused.description());
        }));
    }

    /** Serializes and parses again with the gateway's mapper, so numbers have the node types the wire gives. */
    static JsonNode overTheWire(JsonNode payload) {
        try {
            return OfficialSchemas.MAPPER.readTree(OfficialSchemas.MAPPER.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
