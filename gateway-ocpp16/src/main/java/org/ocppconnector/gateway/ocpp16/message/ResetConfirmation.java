package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * Reset.conf (OCPP 1.6 §6.40).
 *
 * @param status whether the station will reset
 */
public record ResetConfirmation(ResetStatus status) implements Ocpp16Confirmation {
    public ResetConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "Reset";
    }
}
