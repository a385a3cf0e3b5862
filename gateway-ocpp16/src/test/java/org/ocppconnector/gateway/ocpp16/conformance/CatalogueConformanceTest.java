package org.ocppconnector.gateway.ocpp16.conformance;

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
import org.ocppconnector.gateway.ocpp16.Ocpp16Protocol;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas.Schema;
import org.ocppconnector.gateway.testkit.schema.SchemaConformanceSuite;

/** The action catalogue covers exactly the actions of the official schema file, each in the right direction. */
class CatalogueConformanceTest {

    private final Ocpp16Protocol protocol = Ocpp16Protocol.INSTANCE;

    @Test
    void schemaFileHasARequestAndAConfirmationForEachOf39Actions() {
        assertEquals(78, Ocpp16ConformanceSuite.SCHEMAS.all().size());
        Set<String> requests = Ocpp16ConformanceSuite.SCHEMAS.all().stream().filter(Schema::request)
                .map(Schema::action).collect(Collectors.toSet());
        Set<String> confirmations = Ocpp16ConformanceSuite.SCHEMAS.all().stream().filter(schema -> !schema.request())
                .map(Schema::action).collect(Collectors.toSet());
        assertEquals(39, requests.size());
        assertEquals(requests, confirmations);
    }

    @Test
    void catalogueIsExactlyTheSchemaFilesActions() {
        Set<String> inSchemas = Ocpp16ConformanceSuite.SCHEMAS.all().stream().map(Schema::action)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inCatalogue = new TreeSet<>(protocol.actions(Direction.STATION_TO_CSMS));
        inCatalogue.addAll(protocol.actions(Direction.CSMS_TO_STATION));
        assertEquals(inSchemas, inCatalogue);
        assertEquals(inSchemas, new TreeSet<>(Feature.catalogue().keySet()));
    }

    @Test
    void featuresDoNotOverlap() {
        Set<String> seen = new HashSet<>();
        for (Feature feature : Feature.values()) {
            for (String action : feature.actions().keySet()) {
                assertTrue(seen.add(action), action + " is in two features");
            }
        }
        assertEquals(39, seen.size());
        assertEquals(28, seen.size() - Feature.SECURITY_EXTENSION.actions().size());
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
        assertEquals(14, protocol.actions(Direction.STATION_TO_CSMS).size());
        assertEquals(26, protocol.actions(Direction.CSMS_TO_STATION).size());
    }

    @Test
    void everyCataloguedActionDecodesItsSchemasPayloads() {
        for (Schema schema : Ocpp16ConformanceSuite.SCHEMAS.all()) {
            Decoded decoded = Ocpp16ConformanceSuite.decode(schema,
                    SchemaConformanceSuite.validPayloads(schema).getFirst());
            assertInstanceOf(Decoded.Valid.class, decoded, schema::toString);
        }
    }
}
