package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.5 CancelReservationStatus: the answer to CancelReservation.req. */
public enum CancelReservationStatus {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String wireName;

    CancelReservationStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
