package org.ocppconnector.gateway.ocpp16.conformance;

/** The schemas of the LOCAL_AUTH_LIST_MANAGEMENT actions: see {@link Ocpp16ConformanceSuite}. */
class LocalAuthListManagementConformanceTest extends Ocpp16ConformanceSuite {
    @Override
    Feature feature() {
        return Feature.LOCAL_AUTH_LIST_MANAGEMENT;
    }
}
