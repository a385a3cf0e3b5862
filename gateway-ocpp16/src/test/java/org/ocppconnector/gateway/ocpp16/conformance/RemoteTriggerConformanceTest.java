package org.ocppconnector.gateway.ocpp16.conformance;

/** The schemas of the REMOTE_TRIGGER actions: see {@link Ocpp16ConformanceSuite}. */
class RemoteTriggerConformanceTest extends Ocpp16ConformanceSuite {
    @Override
    Feature feature() {
        return Feature.REMOTE_TRIGGER;
    }
}
