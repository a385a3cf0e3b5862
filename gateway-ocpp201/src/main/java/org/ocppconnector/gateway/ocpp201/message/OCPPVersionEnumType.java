package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 OCPPVersionEnumType: the OCPP version of a connection profile.
 */
public enum OCPPVersionEnumType {
    OCPP12("OCPP12"),
    OCPP15("OCPP15"),
    OCPP16("OCPP16"),
    OCPP20("OCPP20");

    private final String wireName;

    OCPPVersionEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "OCPP12"}. */
    public String wireName() {
        return wireName;
    }
}
