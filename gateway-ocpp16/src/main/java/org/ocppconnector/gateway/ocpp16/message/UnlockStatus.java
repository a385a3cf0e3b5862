package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.46 UnlockStatus: the answer to UnlockConnector.req. */
public enum UnlockStatus {
    UNLOCKED("Unlocked"),
    UNLOCK_FAILED("UnlockFailed"),
    NOT_SUPPORTED("NotSupported");

    private final String wireName;

    UnlockStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Unlocked"}. */
    public String wireName() {
        return wireName;
    }
}
