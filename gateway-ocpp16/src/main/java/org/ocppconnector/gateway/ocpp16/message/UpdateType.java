package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.48 UpdateType: whether SendLocalList.req replaces the list or changes it. */
public enum UpdateType {
    DIFFERENTIAL("Differential"),
    FULL("Full");

    private final String wireName;

    UpdateType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Differential"}. */
    public String wireName() {
        return wireName;
    }
}
