package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 RegistrationStatusEnumType: whether the CSMS accepts a station that booted.
 */
public enum RegistrationStatusEnumType {
    ACCEPTED("Accepted"),
    PENDING("Pending"),
    REJECTED("Rejected");

    private final String wireName;

    RegistrationStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
