package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.20 ClearCacheStatus: the answer to ClearCache.req. */
public enum ClearCacheStatus {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String wireName;

    ClearCacheStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
