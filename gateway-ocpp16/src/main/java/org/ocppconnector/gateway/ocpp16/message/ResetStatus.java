package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.41 ResetStatus: the answer to Reset.req. */
public enum ResetStatus {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String wireName;

    ResetStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
