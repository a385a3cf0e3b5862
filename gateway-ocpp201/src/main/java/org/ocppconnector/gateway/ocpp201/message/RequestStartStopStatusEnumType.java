package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 RequestStartStopStatusEnumType: whether the station will try to start or stop a transaction.
 */
public enum RequestStartStopStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String wireName;

    RequestStartStopStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
