package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 TriggerReasonEnumType: what caused a TransactionEvent.
 */
public enum TriggerReasonEnumType {
    AUTHORIZED("Authorized"),
    CABLE_PLUGGED_IN("CablePluggedIn"),
    CHARGING_RATE_CHANGED("ChargingRateChanged"),
    CHARGING_STATE_CHANGED("ChargingStateChanged"),
    DEAUTHORIZED("Deauthorized"),
    ENERGY_LIMIT_REACHED("EnergyLimitReached"),
    EV_COMMUNICATION_LOST("EVCommunicationLost"),
    EV_CONNECT_TIMEOUT("EVConnectTimeout"),
    METER_VALUE_CLOCK("MeterValueClock"),
    METER_VALUE_PERIODIC("MeterValuePeriodic"),
    TIME_LIMIT_REACHED("TimeLimitReached"),
    TRIGGER("Trigger"),
    UNLOCK_COMMAND("UnlockCommand"),
    STOP_AUTHORIZED("StopAuthorized"),
    EV_DEPARTED("EVDeparted"),
    EV_DETECTED("EVDetected"),
    REMOTE_STOP("RemoteStop"),
    REMOTE_START("RemoteStart"),
    ABNORMAL_CONDITION("AbnormalCondition"),
    SIGNED_DATA_RECEIVED("SignedDataReceived"),
    RESET_COMMAND("ResetCommand");

    private final String wireName;

    TriggerReasonEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Authorized"}. */
    public String wireName() {
        return wireName;
    }
}
