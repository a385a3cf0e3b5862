package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 CancelReservationStatusEnumType: whether a reservation was cancelled.
 */
public enum CancelReservationStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String wireName;

    CancelReservationStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
