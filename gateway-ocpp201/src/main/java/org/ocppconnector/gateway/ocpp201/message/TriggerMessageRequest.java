package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * TriggerMessageRequest (OCPP 2.0.1, functional block F Remote Control): the CSMS asks the station to send a given
 * message now.
 *
 * @param customData vendor-specific data; optional
 * @param evse the EVSE the message is about; absent: the station; optional
 * @param requestedMessage the message TriggerMessage asks for
 */
public record TriggerMessageRequest(
        @Nullable CustomData customData,
        @Nullable EVSE evse,
        MessageTriggerEnumType requestedMessage)
        implements Ocpp201Request {
    public TriggerMessageRequest {
        requireNonNull(requestedMessage, "requestedMessage");
    }

    /** Without customData. */
    public TriggerMessageRequest(@Nullable EVSE evse, MessageTriggerEnumType requestedMessage) {
        this(null, evse, requestedMessage);
    }

    @Override
    public String action() {
        return "TriggerMessage";
    }
}
