package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 OCPPInterfaceEnumType: the network interface of a connection profile.
 */
public enum OCPPInterfaceEnumType {
    WIRED0("Wired0"),
    WIRED1("Wired1"),
    WIRED2("Wired2"),
    WIRED3("Wired3"),
    WIRELESS0("Wireless0"),
    WIRELESS1("Wireless1"),
    WIRELESS2("Wireless2"),
    WIRELESS3("Wireless3");

    private final String wireName;

    OCPPInterfaceEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Wired0"}. */
    public String wireName() {
        return wireName;
    }
}
