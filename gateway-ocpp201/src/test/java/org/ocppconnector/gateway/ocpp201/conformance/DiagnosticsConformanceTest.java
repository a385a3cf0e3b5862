package org.ocppconnector.gateway.ocpp201.conformance;

import java.util.EnumSet;
import java.util.Set;

/** The schemas of functional block N Diagnostics: see {@link Ocpp201ConformanceSuite}. */
class DiagnosticsConformanceTest extends Ocpp201ConformanceSuite {
    @Override
    Set<Feature> features() {
        return EnumSet.of(Feature.DIAGNOSTICS);
    }
}
