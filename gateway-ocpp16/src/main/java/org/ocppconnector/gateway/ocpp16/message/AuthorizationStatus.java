package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.2 AuthorizationStatus: whether an idTag may charge. */
public enum AuthorizationStatus {
    ACCEPTED("Accepted"),
    BLOCKED("Blocked"),
    EXPIRED("Expired"),
    INVALID("Invalid"),
    CONCURRENT_TX("ConcurrentTx");

    private final String wireName;

    AuthorizationStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
