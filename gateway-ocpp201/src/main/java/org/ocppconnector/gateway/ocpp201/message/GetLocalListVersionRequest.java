package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * GetLocalListVersionRequest (OCPP 2.0.1, functional block D Local Authorization List Management): the CSMS asks
 * for the version of the local authorization list.
 *
 * @param customData vendor-specific data; optional
 */
public record GetLocalListVersionRequest(@Nullable CustomData customData) implements Ocpp201Request {
    /** Without customData. */
    public GetLocalListVersionRequest() {
        this(null);
    }

    @Override
    public String action() {
        return "GetLocalListVersion";
    }
}
