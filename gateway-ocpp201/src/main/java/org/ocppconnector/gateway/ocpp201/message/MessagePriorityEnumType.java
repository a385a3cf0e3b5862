package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 MessagePriorityEnumType: how a display message is shown among the others.
 */
public enum MessagePriorityEnumType {
    ALWAYS_FRONT("AlwaysFront"),
    IN_FRONT("InFront"),
    NORMAL_CYCLE("NormalCycle");

    private final String wireName;

    MessagePriorityEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "AlwaysFront"}. */
    public String wireName() {
        return wireName;
    }
}
