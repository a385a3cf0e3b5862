package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 MonitorEnumType: the kind of a variable monitor.
 */
public enum MonitorEnumType {
    UPPER_THRESHOLD("UpperThreshold"),
    LOWER_THRESHOLD("LowerThreshold"),
    DELTA("Delta"),
    PERIODIC("Periodic"),
    PERIODIC_CLOCK_ALIGNED("PeriodicClockAligned");

    private final String wireName;

    MonitorEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "UpperThreshold"}. */
    public String wireName() {
        return wireName;
    }
}
