package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.9 ChargingProfileKindType: how a schedule's start is determined. */
public enum ChargingProfileKindType {
    ABSOLUTE("Absolute"),
    RECURRING("Recurring"),
    RELATIVE("Relative");

    private final String wireName;

    ChargingProfileKindType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Absolute"}. */
    public String wireName() {
        return wireName;
    }
}
