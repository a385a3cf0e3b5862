package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.12 ChargingRateUnitType: the unit of a schedule's limits, amperes or watts. */
public enum ChargingRateUnitType {
    A("A"),
    W("W");

    private final String wireName;

    ChargingRateUnitType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "A"}. */
    public String wireName() {
        return wireName;
    }
}
