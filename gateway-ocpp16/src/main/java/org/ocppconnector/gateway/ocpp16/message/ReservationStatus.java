package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.40 ReservationStatus: the answer to ReserveNow.req. */
public enum ReservationStatus {
    ACCEPTED("Accepted"),
    FAULTED("Faulted"),
    OCCUPIED("Occupied"),
    REJECTED("Rejected"),
    UNAVAILABLE("Unavailable");

    private final String wireName;

    ReservationStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
