package org.ocppconnector.gateway.ocpp16.message;

/** ClearCache.req (OCPP 1.6 §6.11): an empty payload. */
public record ClearCacheRequest() implements Ocpp16Request {
    @Override
    public String action() {
        return "ClearCache";
    }
}
