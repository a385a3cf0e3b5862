package org.ocppconnector.gateway.testkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas.Schema;
import org.ocppconnector.gateway.testkit.schema.ValidPayloads.Mode;

/**
 * The conformance suite of a group of actions, one subclass per functional group of a version: for
 * every schema of the group's actions (request and response), generated valid payloads decode to
 * the action's record and encode back to the same JSON; single-fault invalid payloads are refused
 * with the expected error code, naming the faulty field's path.
 */
public abstract class SchemaConformanceSuite {

    /** Random payloads per schema, besides {@link #ALL_SEEDS} full ones, a minimal and a boundary one. */
    public static final int RANDOM_SEEDS = 6;
    /** Payloads with every property per schema. */
    public static final int ALL_SEEDS = 3;

    /** The version under test. */
    protected abstract OcppProtocol protocol();

    /** The version's official schemas. */
    protected abstract OfficialSchemas schemas();

    /** The actions this suite covers. */
    protected abstract Collection<String> actions();

    /** The simple name of the record a schema's payloads decode to, e.g. {@code BootNotificationRequest}. */
    protected abstract String recordName(Schema schema);

    @TestFactory
    protected Stream<DynamicContainer> conformsToTheOfficialSchemas() {
        OfficialSchemas schemas = schemas();
        return actions().stream().sorted()
                .flatMap(action -> Stream.of(schemas.get(action, true), schemas.get(action, false)))
                .map(schema -> dynamicContainer(schema.toString(), Stream.of(
                        dynamicContainer("valid", validCases(schema)),
                        dynamicContainer("invalid", invalidCases(schema)))));
    }

    /** The valid payloads generated for {@code schema}, as they arrive on the wire. */
    public static List<JsonNode> validPayloads(Schema schema) {
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

    /** The invalid payloads derived from {@code schema}: single faults in its {@link Mode#COMPACT} payload. */
    public static List<InvalidPayloads.Case> invalidPayloads(Schema schema) {
        return InvalidPayloads.derive(schema, ValidPayloads.generate(schema, Mode.COMPACT, 0));
    }

    /** Decodes {@code payload} as the request or response its schema is for. */
    public static Decoded decode(OcppProtocol protocol, Schema schema, JsonNode payload) {
        return schema.request()
                ? protocol.decodeRequest(schema.action(), payload)
                : protocol.decodeResponse(schema.action(), payload);
    }

    /** Serializes and parses again with the gateway's mapper, so numbers have the node types the wire gives. */
    public static JsonNode overTheWire(JsonNode payload) {
        try {
            return OfficialSchemas.MAPPER.readTree(OfficialSchemas.MAPPER.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stream<DynamicNode> validCases(Schema schema) {
        OcppProtocol protocol = protocol();
        String recordName = recordName(schema);
        List<JsonNode> payloads = validPayloads(schema);
        return Stream.iterate(0, i -> i < payloads.size(), i -> i + 1).map(i -> dynamicTest("#" + i, () -> {
            JsonNode payload = payloads.get(i);
            Decoded decoded = decode(protocol, schema, payload);
            Decoded.Valid valid = assertInstanceOf(Decoded.Valid.class, decoded, () -> payload + " -> " + decoded);
            assertEquals(schema.action(), valid.message().action());
            assertEquals(schema.request(), valid.message().isRequest());
            assertEquals(recordName, valid.message().getClass().getSimpleName());
            assertEquals(payload, protocol.encode(valid.message()), "round trip");
        }));
    }

    private Stream<DynamicNode> invalidCases(Schema schema) {
        OcppProtocol protocol = protocol();
        return invalidPayloads(schema).stream().map(invalid -> dynamicTest(invalid.name(), () -> {
            JsonNode payload = invalid.expectedPath().equals("payload")
                    ? invalid.payload()
                    : overTheWire(invalid.payload());
            Decoded decoded = decode(protocol, schema, payload);
            Decoded.Invalid refused =
                    assertInstanceOf(Decoded.Invalid.class, decoded, () -> payload + " -> " + decoded);
            assertEquals(invalid.expectedCode(), refused.errorCode(), refused::description);
            assertTrue(refused.description().startsWith(invalid.expectedPath() + ": "),
                    () -> "expected the path " + invalid.expectedPath() + " in: " + refused.description());
        }));
    }
}
