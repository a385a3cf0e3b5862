package org.ocppconnector.gateway.ocpp16.message;

/** GetLocalListVersion.req (OCPP 1.6 §6.27): an empty payload. */
public record GetLocalListVersionRequest() implements Ocpp16Request {
    @Override
    public String action() {
        return "GetLocalListVersion";
    }
}
