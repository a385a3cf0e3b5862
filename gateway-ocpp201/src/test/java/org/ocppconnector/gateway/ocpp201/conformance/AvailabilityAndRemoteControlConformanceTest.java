package org.ocppconnector.gateway.ocpp201.conformance;

import java.util.EnumSet;
import java.util.Set;

/** The schemas of functional blocks F Remote Control and G Availability: see {@link Ocpp201ConformanceSuite}. */
class AvailabilityAndRemoteControlConformanceTest extends Ocpp201ConformanceSuite {
    @Override
    Set<Feature> features() {
        return EnumSet.of(Feature.AVAILABILITY, Feature.REMOTE_CONTROL);
    }
}
