package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ClearMessageStatusEnumType: the outcome of ClearDisplayMessage.
 */
public enum ClearMessageStatusEnumType {
    ACCEPTED("Accepted"),
    UNKNOWN("Unknown");

    private final String wireName;

    ClearMessageStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
