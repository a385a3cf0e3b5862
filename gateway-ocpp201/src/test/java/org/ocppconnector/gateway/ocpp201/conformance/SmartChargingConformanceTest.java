package org.ocppconnector.gateway.ocpp201.conformance;

import java.util.EnumSet;
import java.util.Set;

/** The schemas of functional block K Smart Charging: see {@link Ocpp201ConformanceSuite}. */
class SmartChargingConformanceTest extends Ocpp201ConformanceSuite {
    @Override
    Set<Feature> features() {
        return EnumSet.of(Feature.SMART_CHARGING);
    }
}
