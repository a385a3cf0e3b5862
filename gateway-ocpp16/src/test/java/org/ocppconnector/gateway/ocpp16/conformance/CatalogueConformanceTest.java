package org.ocppconnector.gateway.ocpp16.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.testkit.schema.CatalogueSuite;

/**
 * The 1.6 action catalogue covers exactly the 39 actions of the official schema file, each in the
 * right direction: 14 station calls, 26 CSMS calls (DataTransfer goes both ways).
 */
class CatalogueConformanceTest extends CatalogueSuite {

    CatalogueConformanceTest() {
        super(Ocpp16ConformanceSuite.PROTOCOL, Ocpp16ConformanceSuite.SCHEMAS, 39, 14, 26,
                Arrays.stream(Feature.values()).map(Feature::actions).toList());
    }

    @Test
    void sixProfilesHave28ActionsAndTheSecurityExtension11() {
        int all = Arrays.stream(Feature.values()).mapToInt(feature -> feature.actions().size()).sum();
        assertEquals(28, all - Feature.SECURITY_EXTENSION.actions().size());
    }
}
