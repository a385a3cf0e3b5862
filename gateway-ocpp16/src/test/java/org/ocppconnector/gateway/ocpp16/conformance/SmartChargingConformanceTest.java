package org.ocppconnector.gateway.ocpp16.conformance;

/** The schemas of the SMART_CHARGING actions: see {@link Ocpp16ConformanceSuite}. */
class SmartChargingConformanceTest extends Ocpp16ConformanceSuite {
    @Override
    Feature feature() {
        return Feature.SMART_CHARGING;
    }
}
