package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ClearMonitoringStatusEnumType: the outcome of clearing one monitor.
 */
public enum ClearMonitoringStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    NOT_FOUND("NotFound");

    private final String wireName;

    ClearMonitoringStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
