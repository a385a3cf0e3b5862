package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * ExtendedTriggerMessage.conf (OCPP 1.6 security extension).
 *
 * @param status whether the station will send the message
 */
public record ExtendedTriggerMessageConfirmation(TriggerMessageStatusEnumType status) implements Ocpp16Confirmation {
    public ExtendedTriggerMessageConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "ExtendedTriggerMessage";
    }
}
