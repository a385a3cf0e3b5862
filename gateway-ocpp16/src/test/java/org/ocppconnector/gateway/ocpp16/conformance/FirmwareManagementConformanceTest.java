package org.ocppconnector.gateway.ocpp16.conformance;

/** The schemas of the FIRMWARE_MANAGEMENT actions: see {@link SchemaConformanceSuite}. */
class FirmwareManagementConformanceTest extends SchemaConformanceSuite {
    @Override
    Feature feature() {
        return Feature.FIRMWARE_MANAGEMENT;
    }
}
