package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 UpdateEnumType: whether a local list update is differential or full.
 */
public enum UpdateEnumType {
    DIFFERENTIAL("Differential"),
    FULL("Full");

    private final String wireName;

    UpdateEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Differential"}. */
    public String wireName() {
        return wireName;
    }
}
