package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.30 Location: where a sampled value was measured. */
public enum Location {
    CABLE("Cable"),
    EV("EV"),
    INLET("Inlet"),
    OUTLET("Outlet"),
    BODY("Body");

    private final String wireName;

    Location(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Cable"}. */
    public String wireName() {
        return wireName;
    }
}
