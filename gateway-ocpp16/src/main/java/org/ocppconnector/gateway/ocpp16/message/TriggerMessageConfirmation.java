package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * TriggerMessage.conf (OCPP 1.6 §6.52).
 *
 * @param status whether the station will send the message
 */
public record TriggerMessageConfirmation(TriggerMessageStatus status) implements Ocpp16Confirmation {
    public TriggerMessageConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "TriggerMessage";
    }
}
