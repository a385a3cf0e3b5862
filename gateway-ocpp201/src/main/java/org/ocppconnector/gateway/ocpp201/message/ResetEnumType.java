package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ResetEnumType: when to reset, at once or once idle.
 */
public enum ResetEnumType {
    IMMEDIATE("Immediate"),
    ON_IDLE("OnIdle");

    private final String wireName;

    ResetEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Immediate"}. */
    public String wireName() {
        return wireName;
    }
}
