package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ChargingRateUnitEnumType: the unit of charging limits, W or A.
 */
public enum ChargingRateUnitEnumType {
    W("W"),
    A("A");

    private final String wireName;

    ChargingRateUnitEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "W"}. */
    public String wireName() {
        return wireName;
    }
}
