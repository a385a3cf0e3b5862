package org.ocppconnector.gateway.ocpp201.conformance;

import java.util.EnumSet;
import java.util.Set;

/** The schemas of functional block D Local Authorization List Management: see {@link Ocpp201ConformanceSuite}. */
class LocalAuthorizationListConformanceTest extends Ocpp201ConformanceSuite {
    @Override
    Set<Feature> features() {
        return EnumSet.of(Feature.LOCAL_AUTHORIZATION_LIST_MANAGEMENT);
    }
}
