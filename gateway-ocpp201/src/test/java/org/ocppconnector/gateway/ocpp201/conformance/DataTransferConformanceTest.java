package org.ocppconnector.gateway.ocpp201.conformance;

import java.util.EnumSet;
import java.util.Set;

/** The schemas of functional block P Data Transfer: see {@link Ocpp201ConformanceSuite}. */
class DataTransferConformanceTest extends Ocpp201ConformanceSuite {
    @Override
    Set<Feature> features() {
        return EnumSet.of(Feature.DATA_TRANSFER);
    }
}
