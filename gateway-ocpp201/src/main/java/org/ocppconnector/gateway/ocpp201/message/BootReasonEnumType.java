package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 BootReasonEnumType: why the station (re)booted.
 */
public enum BootReasonEnumType {
    APPLICATION_RESET("ApplicationReset"),
    FIRMWARE_UPDATE("FirmwareUpdate"),
    LOCAL_RESET("LocalReset"),
    POWER_UP("PowerUp"),
    REMOTE_RESET("RemoteReset"),
    SCHEDULED_RESET("ScheduledReset"),
    TRIGGERED("Triggered"),
    UNKNOWN("Unknown"),
    WATCHDOG("Watchdog");

    private final String wireName;

    BootReasonEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "ApplicationReset"}. */
    public String wireName() {
        return wireName;
    }
}
