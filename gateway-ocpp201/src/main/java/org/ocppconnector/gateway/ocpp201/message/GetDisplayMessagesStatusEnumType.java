package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 GetDisplayMessagesStatusEnumType: whether display messages will be reported.
 */
public enum GetDisplayMessagesStatusEnumType {
    ACCEPTED("Accepted"),
    UNKNOWN("Unknown");

    private final String wireName;

    GetDisplayMessagesStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
