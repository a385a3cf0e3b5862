package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * Reset.req (OCPP 1.6 §6.39).
 *
 * @param type hard or soft
 */
public record ResetRequest(ResetType type) implements Ocpp16Request {
    public ResetRequest {
        requireNonNull(type, "type");
    }

    @Override
    public String action() {
        return "Reset";
    }
}
