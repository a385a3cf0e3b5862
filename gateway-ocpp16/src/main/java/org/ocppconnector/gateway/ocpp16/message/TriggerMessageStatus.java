package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.44 TriggerMessageStatus: the answer to TriggerMessage.req. */
public enum TriggerMessageStatus {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    NOT_IMPLEMENTED("NotImplemented");

    private final String wireName;

    TriggerMessageStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
