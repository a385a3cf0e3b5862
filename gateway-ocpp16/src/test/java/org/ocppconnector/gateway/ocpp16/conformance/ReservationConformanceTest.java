package org.ocppconnector.gateway.ocpp16.conformance;

/** The schemas of the RESERVATION actions: see {@link Ocpp16ConformanceSuite}. */
class ReservationConformanceTest extends Ocpp16ConformanceSuite {
    @Override
    Feature feature() {
        return Feature.RESERVATION;
    }
}
