package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * GetLocalListVersionResponse (OCPP 2.0.1, functional block D Local Authorization List Management): the version
 * number.
 *
 * @param customData vendor-specific data; optional
 * @param versionNumber the version of the local authorization list; 0 if the station has none
 */
public record GetLocalListVersionResponse(
        @Nullable CustomData customData,
        int versionNumber)
        implements Ocpp201Response {
    /** Without customData. */
    public GetLocalListVersionResponse(int versionNumber) {
        this(null, versionNumber);
    }

    @Override
    public String action() {
        return "GetLocalListVersion";
    }
}
