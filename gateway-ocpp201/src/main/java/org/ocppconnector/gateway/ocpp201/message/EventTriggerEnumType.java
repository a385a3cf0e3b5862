package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 EventTriggerEnumType: what kind of monitor triggered an event, a threshold, a delta or a periodic one.
 */
public enum EventTriggerEnumType {
    ALERTING("Alerting"),
    DELTA("Delta"),
    PERIODIC("Periodic");

    private final String wireName;

    EventTriggerEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Alerting"}. */
    public String wireName() {
        return wireName;
    }
}
