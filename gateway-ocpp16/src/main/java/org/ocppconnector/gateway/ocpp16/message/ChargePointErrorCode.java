package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.6 ChargePointErrorCode: the error a StatusNotification.req reports. */
public enum ChargePointErrorCode {
    CONNECTOR_LOCK_FAILURE("ConnectorLockFailure"),
    EV_COMMUNICATION_ERROR("EVCommunicationError"),
    GROUND_FAILURE("GroundFailure"),
    HIGH_TEMPERATURE("HighTemperature"),
    INTERNAL_ERROR("InternalError"),
    LOCAL_LIST_CONFLICT("LocalListConflict"),
    NO_ERROR("NoError"),
    OTHER_ERROR("OtherError"),
    OVER_CURRENT_FAILURE("OverCurrentFailure"),
    POWER_METER_FAILURE("PowerMeterFailure"),
    POWER_SWITCH_FAILURE("PowerSwitchFailure"),
    READER_FAILURE("ReaderFailure"),
    RESET_FAILURE("ResetFailure"),
    UNDER_VOLTAGE("UnderVoltage"),
    OVER_VOLTAGE("OverVoltage"),
    WEAK_SIGNAL("WeakSignal");

    private final String wireName;

    ChargePointErrorCode(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "ConnectorLockFailure"}. */
    public String wireName() {
        return wireName;
    }
}
