package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 TriggerMessageStatusEnumType: whether the station will send a triggered message.
 */
public enum TriggerMessageStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    NOT_IMPLEMENTED("NotImplemented");

    private final String wireName;

    TriggerMessageStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
