package org.ocppconnector.gateway.ocpp16.conformance;

/** The schemas of the REMOTE_TRIGGER actions: see {@link SchemaConformanceSuite}. */
class RemoteTriggerConformanceTest extends SchemaConformanceSuite {
    @Override
    Feature feature() {
        return Feature.REMOTE_TRIGGER;
    }
}
