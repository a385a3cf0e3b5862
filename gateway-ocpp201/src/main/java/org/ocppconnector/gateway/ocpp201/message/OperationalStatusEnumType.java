package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 OperationalStatusEnumType: whether the station, an EVSE or a connector is operative.
 */
public enum OperationalStatusEnumType {
    INOPERATIVE("Inoperative"),
    OPERATIVE("Operative");

    private final String wireName;

    OperationalStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Inoperative"}. */
    public String wireName() {
        return wireName;
    }
}
