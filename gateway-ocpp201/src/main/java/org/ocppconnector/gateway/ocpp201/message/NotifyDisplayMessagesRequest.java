package org.ocppconnector.gateway.ocpp201.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * NotifyDisplayMessagesRequest (OCPP 2.0.1, functional block O Display Message): the station sends (part of) the
 * display messages GetDisplayMessages asked for.
 *
 * @param customData vendor-specific data; optional
 * @param messageInfo the messages; at least 1 item, optional
 * @param requestId the id of the request, which the messages that follow it carry
 * @param tbc whether more messages with the rest of the data follow; optional, default {@code false}
 */
public record NotifyDisplayMessagesRequest(
        @Nullable CustomData customData,
        @Nullable List<MessageInfo> messageInfo,
        int requestId,
        @Nullable Boolean tbc)
        implements Ocpp201Request {
    public NotifyDisplayMessagesRequest {
        messageInfo = Checks.minItemsOrNull("messageInfo", messageInfo, 1);
    }

    /** Without customData. */
    public NotifyDisplayMessagesRequest(@Nullable List<MessageInfo> messageInfo, int requestId, @Nullable Boolean tbc) {
        this(null, messageInfo, requestId, tbc);
    }

    /** The tbc, or {@code false} if absent. */
    public boolean tbcOrDefault() {
        return tbc != null && tbc;
    }

    @Override
    public String action() {
        return "NotifyDisplayMessages";
    }
}
