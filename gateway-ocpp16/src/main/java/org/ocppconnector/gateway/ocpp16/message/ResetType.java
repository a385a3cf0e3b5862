package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.42 ResetType: the kind of reset Reset.req asks for. */
public enum ResetType {
    HARD("Hard"),
    SOFT("Soft");

    private final String wireName;

    ResetType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Hard"}. */
    public String wireName() {
        return wireName;
    }
}
