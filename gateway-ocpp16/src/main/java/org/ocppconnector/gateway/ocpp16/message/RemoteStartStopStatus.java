package org.ocppconnector.gateway.ocpp16.message;

/**
 * OCPP 1.6 §7.39 RemoteStartStopStatus: the answer to RemoteStartTransaction.req and
 * RemoteStopTransaction.req.
 */
public enum RemoteStartStopStatus {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String wireName;

    RemoteStartStopStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
