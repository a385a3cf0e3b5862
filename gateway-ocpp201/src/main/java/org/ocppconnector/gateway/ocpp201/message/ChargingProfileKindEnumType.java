package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ChargingProfileKindEnumType: how a charging schedule is anchored in time.
 */
public enum ChargingProfileKindEnumType {
    ABSOLUTE("Absolute"),
    RECURRING("Recurring"),
    RELATIVE("Relative");

    private final String wireName;

    ChargingProfileKindEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Absolute"}. */
    public String wireName() {
        return wireName;
    }
}
