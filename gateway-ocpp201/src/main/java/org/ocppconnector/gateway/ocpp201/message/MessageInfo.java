package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * OCPP 2.0.1 MessageInfoType: a display message with its priority, state, validity and content.
 *
 * @param customData vendor-specific data; optional
 * @param display the display to show the message on; absent: all; optional
 * @param id the id of the message
 * @param priority how a display message is shown among the others
 * @param state in which state of the station a display message is shown; optional
 * @param startDateTime from when the message is shown; optional
 * @param endDateTime until when the message is shown; optional
 * @param transactionId the id of the transaction, chosen by the station; at most 36 characters, optional
 * @param message the message
 */
public record MessageInfo(
        @Nullable CustomData customData,
        @Nullable Component display,
        int id,
        MessagePriorityEnumType priority,
        @Nullable MessageStateEnumType state,
        @Nullable DateTime startDateTime,
        @Nullable DateTime endDateTime,
        @Nullable String transactionId,
        MessageContent message) {
    public MessageInfo {
        requireNonNull(priority, "priority");
        Checks.maxLengthOrNull("transactionId", transactionId, 36);
        requireNonNull(message, "message");
    }

    /** Without customData. */
    public MessageInfo(
            @Nullable Component display,
            int id,
            MessagePriorityEnumType priority,
            @Nullable MessageStateEnumType state,
            @Nullable DateTime startDateTime,
            @Nullable DateTime endDateTime,
            @Nullable String transactionId,
            MessageContent message) {
        this(null, display, id, priority, state, startDateTime, endDateTime, transactionId, message);
    }
}
