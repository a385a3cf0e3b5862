package org.ocppconnector.gateway.ocpp201.conformance;

import java.util.EnumSet;
import java.util.Set;

/** The schemas of functional block L Firmware Management: see {@link Ocpp201ConformanceSuite}. */
class FirmwareManagementConformanceTest extends Ocpp201ConformanceSuite {
    @Override
    Set<Feature> features() {
        return EnumSet.of(Feature.FIRMWARE_MANAGEMENT);
    }
}
