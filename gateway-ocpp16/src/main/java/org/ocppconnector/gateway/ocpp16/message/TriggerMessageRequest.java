package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * TriggerMessage.req (OCPP 1.6 §6.51).
 *
 * @param requestedMessage the message the station should send
 * @param connectorId the connector it concerns, if any
 */
public record TriggerMessageRequest(MessageTrigger requestedMessage, @Nullable Integer connectorId)
        implements Ocpp16Request {
    public TriggerMessageRequest {
        requireNonNull(requestedMessage, "requestedMessage");
    }

    @Override
    public String action() {
        return "TriggerMessage";
    }
}
