package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 OCPPTransportEnumType: the OCPP transport of a connection profile.
 */
public enum OCPPTransportEnumType {
    JSON("JSON"),
    SOAP("SOAP");

    private final String wireName;

    OCPPTransportEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "JSON"}. */
    public String wireName() {
        return wireName;
    }
}
