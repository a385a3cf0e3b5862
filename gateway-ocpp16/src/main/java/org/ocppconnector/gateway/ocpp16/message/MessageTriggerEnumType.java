package org.ocppconnector.gateway.ocpp16.message;

/**
 * Security extension MessageTriggerEnumType: the message an ExtendedTriggerMessage.req asks for.
 */
public enum MessageTriggerEnumType {
    BOOT_NOTIFICATION("BootNotification"),
    LOG_STATUS_NOTIFICATION("LogStatusNotification"),
    FIRMWARE_STATUS_NOTIFICATION("FirmwareStatusNotification"),
    HEARTBEAT("Heartbeat"),
    METER_VALUES("MeterValues"),
    SIGN_CHARGE_POINT_CERTIFICATE("SignChargePointCertificate"),
    STATUS_NOTIFICATION("StatusNotification");

    private final String wireName;

    MessageTriggerEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "BootNotification"}. */
    public String wireName() {
        return wireName;
    }
}
