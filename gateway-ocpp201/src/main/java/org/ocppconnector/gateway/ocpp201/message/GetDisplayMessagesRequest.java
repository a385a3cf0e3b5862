package org.ocppconnector.gateway.ocpp201.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * GetDisplayMessagesRequest (OCPP 2.0.1, functional block O Display Message): the CSMS asks for the configured
 * display messages.
 *
 * @param customData vendor-specific data; optional
 * @param id the ids of the messages to report; absent: all; at least 1 item, optional
 * @param requestId the id of the request, which the messages that follow it carry
 * @param priority how a display message is shown among the others; optional
 * @param state in which state of the station a display message is shown; optional
 */
public record GetDisplayMessagesRequest(
        @Nullable CustomData customData,
        @Nullable List<Integer> id,
        int requestId,
        @Nullable MessagePriorityEnumType priority,
        @Nullable MessageStateEnumType state)
        implements Ocpp201Request {
    public GetDisplayMessagesRequest {
        id = Checks.minItemsOrNull("id", id, 1);
    }

    /** Without customData. */
    public GetDisplayMessagesRequest(
            @Nullable List<Integer> id,
            int requestId,
            @Nullable MessagePriorityEnumType priority,
            @Nullable MessageStateEnumType state) {
        this(null, id, requestId, priority, state);
    }

    @Override
    public String action() {
        return "GetDisplayMessages";
    }
}
