package org.ocppconnector.gateway.ocpp16.message;

/** Security extension TriggerMessageStatusEnumType: the answer to ExtendedTriggerMessage.req. */
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
