package org.ocppconnector.gateway.ocpp201.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.Direction;
import org.ocppconnector.gateway.ocpp201.Ocpp201Protocol;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas.Schema;
import org.ocppconnector.gateway.testkit.schema.SchemaConformanceSuite;

/** The action catalogue covers exactly the actions of the official schema file, each in the right direction. */
class CatalogueConformanceTest {

    private final Ocpp201Protocol protocol = Ocpp201Protocol.INSTANCE;

    @Test
    void schemaFileHasARequestAndAResponseForEachOf64Actions() {
        assertEquals(128, Ocpp201ConformanceSuite.SCHEMAS.all().size());
        Set<String> requests = Ocpp201ConformanceSuite.SCHEMAS.all().stream().filter(Schema::request)
                .map(Schema::action).collect(Collectors.toSet());
        Set<String> responses = Ocpp201ConformanceSuite.SCHEMAS.all().stream().filter(schema -> !schema.request())
                .map(Schema::action).collect(Collectors.toSet());
        assertEquals(64, requests.size());
        assertEquals(requests, responses);
    }

    @Test
    void catalogueIsExactlyTheSchemaFilesActions() {
        Set<String> inSchemas = Ocpp201ConformanceSuite.SCHEMAS.all().stream().map(Schema::action)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inCatalogue = new TreeSet<>(protocol.actions(Direction.STATION_TO_CSMS));
        inCatalogue.addAll(protocol.actions(Direction.CSMS_TO_STATION));
        assertEquals(inSchemas, inCatalogue);
        assertEquals(inSchemas, new TreeSet<>(Feature.catalogue().keySet()));
    }

    @Test
    void functionalBlocksDoNotOverlap() {
        Set<String> seen = new HashSet<>();
        for (Feature feature : Feature.values()) {
            for (String action : feature.actions().keySet()) {
                assertTrue(seen.add(action), action + " is in two functional blocks");
            }
        }
        assertEquals(64, seen.size());
        assertEquals(16, Feature.values().length);
    }

    @Test
    void everyActionIsInTheRightDirection() {
        for (Map.Entry<String, Set<Direction>> expected : Feature.catalogue().entrySet()) {
            for (Direction direction : Direction.values()) {
                assertEquals(expected.getValue().contains(direction),
                        protocol.actions(direction).contains(expected.getKey()),
                        expected.getKey() + " in " + direction);
            }
        }
        // DataTransfer is in both.
        assertEquals(25, protocol.actions(Direction.STATION_TO_CSMS).size());
        assertEquals(40, protocol.actions(Direction.CSMS_TO_STATION).size());
    }

    @Test
    void everyCataloguedActionDecodesItsSchemasPayloads() {
        for (Schema schema : Ocpp201ConformanceSuite.SCHEMAS.all()) {
            Decoded decoded = Ocpp201ConformanceSuite.decode(schema,
                    SchemaConformanceSuite.validPayloads(schema).getFirst());
            assertInstanceOf(Decoded.Valid.class, decoded, schema::toString);
        }
    }
}
