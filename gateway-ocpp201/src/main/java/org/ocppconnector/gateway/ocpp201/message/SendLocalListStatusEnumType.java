package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 SendLocalListStatusEnumType: the outcome of SendLocalList.
 */
public enum SendLocalListStatusEnumType {
    ACCEPTED("Accepted"),
    FAILED("Failed"),
    VERSION_MISMATCH("VersionMismatch");

    private final String wireName;

    SendLocalListStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
