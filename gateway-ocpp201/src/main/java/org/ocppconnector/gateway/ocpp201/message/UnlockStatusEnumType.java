package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 UnlockStatusEnumType: the outcome of UnlockConnector.
 */
public enum UnlockStatusEnumType {
    UNLOCKED("Unlocked"),
    UNLOCK_FAILED("UnlockFailed"),
    ONGOING_AUTHORIZED_TRANSACTION("OngoingAuthorizedTransaction"),
    UNKNOWN_CONNECTOR("UnknownConnector");

    private final String wireName;

    UnlockStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Unlocked"}. */
    public String wireName() {
        return wireName;
    }
}
