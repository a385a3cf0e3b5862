package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.4 AvailabilityType: the availability ChangeAvailability.req asks for. */
public enum AvailabilityType {
    INOPERATIVE("Inoperative"),
    OPERATIVE("Operative");

    private final String wireName;

    AvailabilityType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Inoperative"}. */
    public String wireName() {
        return wireName;
    }
}
