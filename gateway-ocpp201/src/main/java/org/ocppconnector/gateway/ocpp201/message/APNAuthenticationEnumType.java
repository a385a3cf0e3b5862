package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 APNAuthenticationEnumType: how the station authenticates with an access point.
 */
public enum APNAuthenticationEnumType {
    CHAP("CHAP"),
    NONE("NONE"),
    PAP("PAP"),
    AUTO("AUTO");

    private final String wireName;

    APNAuthenticationEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "CHAP"}. */
    public String wireName() {
        return wireName;
    }
}
