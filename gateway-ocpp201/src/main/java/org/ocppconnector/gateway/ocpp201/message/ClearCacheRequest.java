package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * ClearCacheRequest (OCPP 2.0.1, functional block C Authorization): the CSMS asks the station to clear its
 * authorization cache.
 *
 * @param customData vendor-specific data; optional
 */
public record ClearCacheRequest(@Nullable CustomData customData) implements Ocpp201Request {
    /** Without customData. */
    public ClearCacheRequest() {
        this(null);
    }

    @Override
    public String action() {
        return "ClearCache";
    }
}
