package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 SetNetworkProfileStatusEnumType: the outcome of SetNetworkProfile.
 */
public enum SetNetworkProfileStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    FAILED("Failed");

    private final String wireName;

    SetNetworkProfileStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
