package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.21 ClearChargingProfileStatus: the answer to ClearChargingProfile.req. */
public enum ClearChargingProfileStatus {
    ACCEPTED("Accepted"),
    UNKNOWN("Unknown");

    private final String wireName;

    ClearChargingProfileStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
