package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.38 RegistrationStatus: the answer to BootNotification.req. */
public enum RegistrationStatus {
    ACCEPTED("Accepted"),
    PENDING("Pending"),
    REJECTED("Rejected");

    private final String wireName;

    RegistrationStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
