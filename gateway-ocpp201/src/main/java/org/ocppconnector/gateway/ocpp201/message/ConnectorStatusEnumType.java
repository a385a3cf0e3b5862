package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ConnectorStatusEnumType: the status of a connector.
 */
public enum ConnectorStatusEnumType {
    AVAILABLE("Available"),
    OCCUPIED("Occupied"),
    RESERVED("Reserved"),
    UNAVAILABLE("Unavailable"),
    FAULTED("Faulted");

    private final String wireName;

    ConnectorStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Available"}. */
    public String wireName() {
        return wireName;
    }
}
