package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * SetDisplayMessageRequest (OCPP 2.0.1, functional block O Display Message): the CSMS configures a message for the
 * station's display.
 *
 * @param customData vendor-specific data; optional
 * @param message the message
 */
public record SetDisplayMessageRequest(@Nullable CustomData customData, MessageInfo message) implements Ocpp201Request {
    public SetDisplayMessageRequest {
        requireNonNull(message, "message");
    }

    /** Without customData. */
    public SetDisplayMessageRequest(MessageInfo message) {
        this(null, message);
    }

    @Override
    public String action() {
        return "SetDisplayMessage";
    }
}
