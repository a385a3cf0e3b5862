package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 LocationEnumType: where a value was measured. Where a field of this type is absent, {@code Outlet}
 * applies.
 */
public enum LocationEnumType {
    BODY("Body"),
    CABLE("Cable"),
    EV("EV"),
    INLET("Inlet"),
    OUTLET("Outlet");

    private final String wireName;

    LocationEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Body"}. */
    public String wireName() {
        return wireName;
    }
}
