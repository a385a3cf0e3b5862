package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ResetStatusEnumType: the outcome of Reset.
 */
public enum ResetStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    SCHEDULED("Scheduled");

    private final String wireName;

    ResetStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
