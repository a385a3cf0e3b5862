package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ChargingStateEnumType: the charging state of a transaction.
 */
public enum ChargingStateEnumType {
    CHARGING("Charging"),
    EV_CONNECTED("EVConnected"),
    SUSPENDED_EV("SuspendedEV"),
    SUSPENDED_EVSE("SuspendedEVSE"),
    IDLE("Idle");

    private final String wireName;

    ChargingStateEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Charging"}. */
    public String wireName() {
        return wireName;
    }
}
