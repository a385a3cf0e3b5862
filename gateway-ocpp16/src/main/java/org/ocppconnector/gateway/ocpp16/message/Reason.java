package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.36 Reason: why a transaction stopped. */
public enum Reason {
    EMERGENCY_STOP("EmergencyStop"),
    EV_DISCONNECTED("EVDisconnected"),
    HARD_RESET("HardReset"),
    LOCAL("Local"),
    OTHER("Other"),
    POWER_LOSS("PowerLoss"),
    REBOOT("Reboot"),
    REMOTE("Remote"),
    SOFT_RESET("SoftReset"),
    UNLOCK_COMMAND("UnlockCommand"),
    DE_AUTHORIZED("DeAuthorized");

    private final String wireName;

    Reason(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "EmergencyStop"}. */
    public String wireName() {
        return wireName;
    }
}
