package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 CustomerInformationStatusEnumType: whether a CustomerInformation request was accepted.
 */
public enum CustomerInformationStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    INVALID("Invalid");

    private final String wireName;

    CustomerInformationStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
