package org.ocppconnector.gateway.testkit.schema;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.Direction;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas.Schema;

/**
 * A version's action catalogue covers exactly the actions of its official schema file, each in the
 * direction its specification gives. The expected directions are written down by the subclass from
 * the specification, grouped by feature, independently of the code. One subclass per version.
 */
public abstract class CatalogueSuite {

    private final OcppProtocol protocol;
    private final OfficialSchemas schemas;
    private final int actionCount;
    private final int stationToCsmsCount;
    private final int csmsToStationCount;
    private final List<Map<String, Set<Direction>>> features;

    /**
     * A suite for {@code protocol}, whose official schemas are {@code schemas}.
     *
     * @param actionCount how many actions the version defines
     * @param stationToCsmsCount how many actions stations call; an action sent both ways counts
     *     here and in {@code csmsToStationCount}
     * @param csmsToStationCount how many actions the CSMS calls
     * @param features the expected actions of each feature (1.6 profile, 2.0.1 functional block)
     *     with the directions of their CALL
     */
    protected CatalogueSuite(OcppProtocol protocol, OfficialSchemas schemas, int actionCount,
            int stationToCsmsCount, int csmsToStationCount, List<Map<String, Set<Direction>>> features) {
        this.protocol = requireNonNull(protocol, "protocol");
        this.schemas = requireNonNull(schemas, "schemas");
        this.actionCount = actionCount;
        this.stationToCsmsCount = stationToCsmsCount;
        this.csmsToStationCount = csmsToStationCount;
        this.features = List.copyOf(features);
    }

    @Test
    void schemaFileHasARequestAndAResponseForEachAction() {
        assertEquals(2 * actionCount, schemas.all().size());
        Set<String> requests = schemas.all().stream().filter(Schema::request)
                .map(Schema::action).collect(Collectors.toSet());
        Set<String> responses = schemas.all().stream().filter(schema -> !schema.request())
                .map(Schema::action).collect(Collectors.toSet());
        assertEquals(actionCount, requests.size());
        assertEquals(requests, responses);
    }

    @Test
    void catalogueIsExactlyTheSchemaFilesActions() {
        Set<String> inSchemas = schemas.all().stream().map(Schema::action)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inCatalogue = new TreeSet<>(protocol.actions(Direction.STATION_TO_CSMS));
        inCatalogue.addAll(protocol.actions(Direction.CSMS_TO_STATION));
        assertEquals(inSchemas, inCatalogue);
        assertEquals(inSchemas, new TreeSet<>(catalogue().keySet()));
    }

    @Test
    void featuresDoNotOverlap() {
        Set<String> seen = new HashSet<>();
        for (Map<String, Set<Direction>> feature : features) {
            for (String action : feature.keySet()) {
                assertTrue(seen.add(action), action + " is in two features");
            }
        }
        assertEquals(actionCount, seen.size());
    }

    @Test
    void everyActionIsInTheRightDirection() {
        for (Map.Entry<String, Set<Direction>> expected : catalogue().entrySet()) {
            for (Direction direction : Direction.values()) {
                assertEquals(expected.getValue().contains(direction),
                        protocol.actions(direction).contains(expected.getKey()),
                        expected.getKey() + " in " + direction);
            }
        }
        assertEquals(stationToCsmsCount, protocol.actions(Direction.STATION_TO_CSMS).size());
        assertEquals(csmsToStationCount, protocol.actions(Direction.CSMS_TO_STATION).size());
    }

    @Test
    void everyCataloguedActionDecodesItsSchemasPayloads() {
        for (Schema schema : schemas.all()) {
            Decoded decoded = SchemaConformanceSuite.decode(protocol, schema,
                    SchemaConformanceSuite.validPayloads(schema).getFirst());
            assertInstanceOf(Decoded.Valid.class, decoded, schema::toString);
        }
    }

    private Map<String, Set<Direction>> catalogue() {
        Map<String, Set<Direction>> all = new LinkedHashMap<>();
        for (Map<String, Set<Direction>> feature : features) {
            all.putAll(feature);
        }
        return all;
    }
}
