package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 NotifyEVChargingNeedsStatusEnumType: whether the CSMS will provide a charging schedule for an EV's
 * needs.
 */
public enum NotifyEVChargingNeedsStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    PROCESSING("Processing");

    private final String wireName;

    NotifyEVChargingNeedsStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
