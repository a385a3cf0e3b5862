package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ChargingLimitSourceEnumType: who set a charging limit, an energy management system (EMS), the system
 * operator (SO), the CSO, or another.
 */
public enum ChargingLimitSourceEnumType {
    EMS("EMS"),
    OTHER("Other"),
    SO("SO"),
    CSO("CSO");

    private final String wireName;

    ChargingLimitSourceEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "EMS"}. */
    public String wireName() {
        return wireName;
    }
}
