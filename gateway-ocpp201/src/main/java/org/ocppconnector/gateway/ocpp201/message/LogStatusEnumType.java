package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 LogStatusEnumType: whether a log upload starts.
 */
public enum LogStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    ACCEPTED_CANCELED("AcceptedCanceled");

    private final String wireName;

    LogStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
