package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ClearChargingProfileStatusEnumType: the outcome of ClearChargingProfile.
 */
public enum ClearChargingProfileStatusEnumType {
    ACCEPTED("Accepted"),
    UNKNOWN("Unknown");

    private final String wireName;

    ClearChargingProfileStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
