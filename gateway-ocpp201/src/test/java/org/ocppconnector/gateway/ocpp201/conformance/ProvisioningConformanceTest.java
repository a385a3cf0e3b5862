package org.ocppconnector.gateway.ocpp201.conformance;

import java.util.EnumSet;
import java.util.Set;

/** The schemas of functional block B Provisioning: see {@link Ocpp201ConformanceSuite}. */
class ProvisioningConformanceTest extends Ocpp201ConformanceSuite {
    @Override
    Set<Feature> features() {
        return EnumSet.of(Feature.PROVISIONING);
    }
}
