package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.3 AvailabilityStatus: the answer to ChangeAvailability.req. */
public enum AvailabilityStatus {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    SCHEDULED("Scheduled");

    private final String wireName;

    AvailabilityStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
