package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.7 ChargePointStatus: the connector state a StatusNotification.req reports. */
public enum ChargePointStatus {
    AVAILABLE("Available"),
    PREPARING("Preparing"),
    CHARGING("Charging"),
    SUSPENDED_EVSE("SuspendedEVSE"),
    SUSPENDED_EV("SuspendedEV"),
    FINISHING("Finishing"),
    RESERVED("Reserved"),
    UNAVAILABLE("Unavailable"),
    FAULTED("Faulted");

    private final String wireName;

    ChargePointStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Available"}. */
    public String wireName() {
        return wireName;
    }
}
