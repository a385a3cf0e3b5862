package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.22 ConfigurationStatus: the answer to ChangeConfiguration.req. */
public enum ConfigurationStatus {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    REBOOT_REQUIRED("RebootRequired"),
    NOT_SUPPORTED("NotSupported");

    private final String wireName;

    ConfigurationStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
