package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 GenericStatusEnumType: accepted or rejected.
 */
public enum GenericStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String wireName;

    GenericStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
