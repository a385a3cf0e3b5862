package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ReserveNowStatusEnumType: the outcome of ReserveNow.
 */
public enum ReserveNowStatusEnumType {
    ACCEPTED("Accepted"),
    FAULTED("Faulted"),
    OCCUPIED("Occupied"),
    REJECTED("Rejected"),
    UNAVAILABLE("Unavailable");

    private final String wireName;

    ReserveNowStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
