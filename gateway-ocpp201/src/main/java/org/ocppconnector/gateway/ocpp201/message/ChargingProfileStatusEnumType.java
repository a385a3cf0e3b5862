package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ChargingProfileStatusEnumType: whether a charging profile was accepted.
 */
public enum ChargingProfileStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String wireName;

    ChargingProfileStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
