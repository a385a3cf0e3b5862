package org.ocppconnector.gateway.ocpp16.message;

/** Heartbeat.req (OCPP 1.6 §6.29): an empty payload. */
public record HeartbeatRequest() implements Ocpp16Request {
    @Override
    public String action() {
        return "Heartbeat";
    }
}
