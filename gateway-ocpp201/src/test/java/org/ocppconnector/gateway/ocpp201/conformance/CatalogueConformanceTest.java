package org.ocppconnector.gateway.ocpp201.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.testkit.schema.CatalogueSuite;

/**
 * The 2.0.1 action catalogue covers exactly the 64 actions of the official schema file, each in the
 * right direction: 25 station calls, 40 CSMS calls (DataTransfer is in both).
 */
class CatalogueConformanceTest extends CatalogueSuite {

    CatalogueConformanceTest() {
        super(Ocpp201ConformanceSuite.PROTOCOL, Ocpp201ConformanceSuite.SCHEMAS, 64, 25, 40,
                Arrays.stream(Feature.values()).map(Feature::actions).toList());
    }

    @Test
    void sixteenFunctionalBlocks() {
        assertEquals(16, Feature.values().length);
    }
}
