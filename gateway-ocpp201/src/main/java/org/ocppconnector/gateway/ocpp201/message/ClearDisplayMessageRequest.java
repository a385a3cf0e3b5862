package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * ClearDisplayMessageRequest (OCPP 2.0.1, functional block O Display Message): the CSMS removes a display message.
 *
 * @param customData vendor-specific data; optional
 * @param id the id of the message
 */
public record ClearDisplayMessageRequest(@Nullable CustomData customData, int id) implements Ocpp201Request {
    /** Without customData. */
    public ClearDisplayMessageRequest(int id) {
        this(null, id);
    }

    @Override
    public String action() {
        return "ClearDisplayMessage";
    }
}
