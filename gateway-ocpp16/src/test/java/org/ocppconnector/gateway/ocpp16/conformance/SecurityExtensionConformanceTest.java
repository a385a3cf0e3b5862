package org.ocppconnector.gateway.ocpp16.conformance;

/** The schemas of the SECURITY_EXTENSION actions: see {@link SchemaConformanceSuite}. */
class SecurityExtensionConformanceTest extends SchemaConformanceSuite {
    @Override
    Feature feature() {
        return Feature.SECURITY_EXTENSION;
    }
}
