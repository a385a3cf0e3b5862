package org.ocppconnector.gateway.ocpp16.conformance;

/** The schemas of the CORE actions: see {@link Ocpp16ConformanceSuite}. */
class CoreProfileConformanceTest extends Ocpp16ConformanceSuite {
    @Override
    Feature feature() {
        return Feature.CORE;
    }
}
