package org.ocppconnector.gateway.ocpp16.conformance;

/** The schemas of the SECURITY_EXTENSION actions: see {@link Ocpp16ConformanceSuite}. */
class SecurityExtensionConformanceTest extends Ocpp16ConformanceSuite {
    @Override
    Feature feature() {
        return Feature.SECURITY_EXTENSION;
    }
}
