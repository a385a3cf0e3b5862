package org.ocppconnector.gateway.ocpp201.conformance;

import java.util.EnumSet;
import java.util.Set;

/** The schemas of functional block M ISO 15118 Certificate Management: see {@link Ocpp201ConformanceSuite}. */
class CertificateManagementConformanceTest extends Ocpp201ConformanceSuite {
    @Override
    Set<Feature> features() {
        return EnumSet.of(Feature.ISO15118_CERTIFICATE_MANAGEMENT);
    }
}
