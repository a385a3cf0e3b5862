package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ChangeAvailabilityStatusEnumType: the outcome of ChangeAvailability.
 */
public enum ChangeAvailabilityStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    SCHEDULED("Scheduled");

    private final String wireName;

    ChangeAvailabilityStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
