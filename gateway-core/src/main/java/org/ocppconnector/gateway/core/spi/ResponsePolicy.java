package org.ocppconnector.gateway.core.spi;

/** How the gateway answers a CALL from a station once the call is on the uplink stream. */
public enum ResponsePolicy {
    /** Answer at once with a configured response. */
    LOCAL,
    /** Wait for an {@code ocpp.reply} event from a backend on the downlink stream. */
    BACKEND;

    /** The name used in events and configuration: {@code local} or {@code backend}. */
    public String wireName() {
        return this == LOCAL ? "local" : "backend";
    }
}
