package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * ClearCacheResponse (OCPP 2.0.1, functional block C Authorization): whether the cache was cleared.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of ClearCache
 * @param statusInfo more about the status; optional
 */
public record ClearCacheResponse(
        @Nullable CustomData customData,
        ClearCacheStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public ClearCacheResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public ClearCacheResponse(ClearCacheStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "ClearCache";
    }
}
