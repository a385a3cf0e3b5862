package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ClearCacheStatusEnumType: the outcome of ClearCache.
 */
public enum ClearCacheStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String wireName;

    ClearCacheStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
