package org.ocppconnector.gateway.ocpp16.message;

/** Security extension LogStatusEnumType: the answer to GetLog.req. */
public enum LogStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    ACCEPTED_CANCELED("AcceptedCanceled");

    private final String wireName;

    LogStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
