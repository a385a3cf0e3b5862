package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * ClearCache.conf (OCPP 1.6 §6.12).
 *
 * @param status whether the authorization cache was cleared
 */
public record ClearCacheConfirmation(ClearCacheStatus status) implements Ocpp16Confirmation {
    public ClearCacheConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "ClearCache";
    }
}
