package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * NotifyDisplayMessagesResponse (OCPP 2.0.1, functional block O Display Message): an acknowledgement without
 * content.
 *
 * @param customData vendor-specific data; optional
 */
public record NotifyDisplayMessagesResponse(@Nullable CustomData customData) implements Ocpp201Response {
    /** Without customData. */
    public NotifyDisplayMessagesResponse() {
        this(null);
    }

    @Override
    public String action() {
        return "NotifyDisplayMessages";
    }
}
