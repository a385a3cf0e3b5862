package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 SetMonitoringStatusEnumType: the outcome of setting one monitor.
 */
public enum SetMonitoringStatusEnumType {
    ACCEPTED("Accepted"),
    UNKNOWN_COMPONENT("UnknownComponent"),
    UNKNOWN_VARIABLE("UnknownVariable"),
    UNSUPPORTED_MONITOR_TYPE("UnsupportedMonitorType"),
    REJECTED("Rejected"),
    DUPLICATE("Duplicate");

    private final String wireName;

    SetMonitoringStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
