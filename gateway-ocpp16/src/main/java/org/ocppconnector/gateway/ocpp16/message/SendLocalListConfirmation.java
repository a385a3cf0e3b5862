package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * SendLocalList.conf (OCPP 1.6 §6.42).
 *
 * @param status whether the list was updated
 */
public record SendLocalListConfirmation(UpdateStatus status) implements Ocpp16Confirmation {
    public SendLocalListConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "SendLocalList";
    }
}
