package org.ocppconnector.gateway.ocpp201.conformance;

import java.util.EnumSet;
import java.util.Set;

/** The schemas of functional blocks I Tariff and Cost and O Display Message: see {@link Ocpp201ConformanceSuite}. */
class DisplayAndTariffConformanceTest extends Ocpp201ConformanceSuite {
    @Override
    Set<Feature> features() {
        return EnumSet.of(Feature.DISPLAY_MESSAGE, Feature.TARIFF_AND_COST);
    }
}
