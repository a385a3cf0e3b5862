package org.ocppconnector.gateway.ocpp16.conformance;

/** The schemas of the SMART_CHARGING actions: see {@link SchemaConformanceSuite}. */
class SmartChargingConformanceTest extends SchemaConformanceSuite {
    @Override
    Feature feature() {
        return Feature.SMART_CHARGING;
    }
}
