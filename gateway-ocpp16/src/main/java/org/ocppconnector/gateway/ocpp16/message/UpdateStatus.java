package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.47 UpdateStatus: the answer to SendLocalList.req. */
public enum UpdateStatus {
    ACCEPTED("Accepted"),
    FAILED("Failed"),
    NOT_SUPPORTED("NotSupported"),
    VERSION_MISMATCH("VersionMismatch");

    private final String wireName;

    UpdateStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
