package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ReservationUpdateStatusEnumType: why a reservation ended.
 */
public enum ReservationUpdateStatusEnumType {
    EXPIRED("Expired"),
    REMOVED("Removed");

    private final String wireName;

    ReservationUpdateStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Expired"}. */
    public String wireName() {
        return wireName;
    }
}
