package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.32 MessageTrigger: the message a TriggerMessage.req asks for. */
public enum MessageTrigger {
    BOOT_NOTIFICATION("BootNotification"),
    DIAGNOSTICS_STATUS_NOTIFICATION("DiagnosticsStatusNotification"),
    FIRMWARE_STATUS_NOTIFICATION("FirmwareStatusNotification"),
    HEARTBEAT("Heartbeat"),
    METER_VALUES("MeterValues"),
    STATUS_NOTIFICATION("StatusNotification");

    private final String wireName;

    MessageTrigger(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "BootNotification"}. */
    public String wireName() {
        return wireName;
    }
}
