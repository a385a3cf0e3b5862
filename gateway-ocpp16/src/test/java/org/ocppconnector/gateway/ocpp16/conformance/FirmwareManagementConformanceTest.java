package org.ocppconnector.gateway.ocpp16.conformance;

/** The schemas of the FIRMWARE_MANAGEMENT actions: see {@link Ocpp16ConformanceSuite}. */
class FirmwareManagementConformanceTest extends Ocpp16ConformanceSuite {
    @Override
    Feature feature() {
        return Feature.FIRMWARE_MANAGEMENT;
    }
}
