package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.11 ChargingProfileStatus: the answer to SetChargingProfile.req. */
public enum ChargingProfileStatus {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    NOT_SUPPORTED("NotSupported");

    private final String wireName;

    ChargingProfileStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
