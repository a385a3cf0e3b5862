package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 MonitoringCriterionEnumType: which kinds of monitors a monitoring report covers.
 */
public enum MonitoringCriterionEnumType {
    THRESHOLD_MONITORING("ThresholdMonitoring"),
    DELTA_MONITORING("DeltaMonitoring"),
    PERIODIC_MONITORING("PeriodicMonitoring");

    private final String wireName;

    MonitoringCriterionEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "ThresholdMonitoring"}. */
    public String wireName() {
        return wireName;
    }
}
