package org.ocppconnector.gateway.ocpp16.conformance;

/** The schemas of the CORE actions: see {@link SchemaConformanceSuite}. */
class CoreProfileConformanceTest extends SchemaConformanceSuite {
    @Override
    Feature feature() {
        return Feature.CORE;
    }
}
