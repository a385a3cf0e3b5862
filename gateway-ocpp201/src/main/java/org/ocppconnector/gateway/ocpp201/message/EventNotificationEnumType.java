package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 EventNotificationEnumType: what produced an event, a hard-wired notification or monitor, or a
 * preconfigured or custom monitor.
 */
public enum EventNotificationEnumType {
    HARD_WIRED_NOTIFICATION("HardWiredNotification"),
    HARD_WIRED_MONITOR("HardWiredMonitor"),
    PRECONFIGURED_MONITOR("PreconfiguredMonitor"),
    CUSTOM_MONITOR("CustomMonitor");

    private final String wireName;

    EventNotificationEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "HardWiredNotification"}. */
    public String wireName() {
        return wireName;
    }
}
