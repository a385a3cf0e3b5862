package org.ocppconnector.gateway.ocpp16.conformance;

/** The schemas of the RESERVATION actions: see {@link SchemaConformanceSuite}. */
class ReservationConformanceTest extends SchemaConformanceSuite {
    @Override
    Feature feature() {
        return Feature.RESERVATION;
    }
}
