package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 MessageStateEnumType: in which state of the station a display message is shown.
 */
public enum MessageStateEnumType {
    CHARGING("Charging"),
    FAULTED("Faulted"),
    IDLE("Idle"),
    UNAVAILABLE("Unavailable");

    private final String wireName;

    MessageStateEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Charging"}. */
    public String wireName() {
        return wireName;
    }
}
