package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * ExtendedTriggerMessage.req (OCPP 1.6 security extension).
 *
 * @param requestedMessage the message the station should send
 * @param connectorId the connector it concerns, if any
 */
public record ExtendedTriggerMessageRequest(MessageTriggerEnumType requestedMessage, @Nullable Integer connectorId)
        implements Ocpp16Request {
    public ExtendedTriggerMessageRequest {
        requireNonNull(requestedMessage, "requestedMessage");
    }

    @Override
    public String action() {
        return "ExtendedTriggerMessage";
    }
}
