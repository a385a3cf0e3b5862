package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 GetChargingProfileStatusEnumType: whether charging profiles will be reported.
 */
public enum GetChargingProfileStatusEnumType {
    ACCEPTED("Accepted"),
    NO_PROFILES("NoProfiles");

    private final String wireName;

    GetChargingProfileStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
