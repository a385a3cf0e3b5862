package org.ocppconnector.gateway.core.rpc;

import static java.util.Objects.requireNonNull;

/**
 * The result of parsing one WebSocket text message: a well-formed {@link RpcFrame}, or a
 * malformed one with what is needed to answer it. Parsing never throws.
 */
public sealed interface ParsedFrame permits ParsedFrame.Valid, ParsedFrame.Malformed {

    /** A structurally valid frame; its payload is not yet validated against a schema. */
    record Valid(RpcFrame frame) implements ParsedFrame {
        public Valid {
            requireNonNull(frame, "frame");
        }
    }

    /**
     * A frame that is not valid OCPP-J.
     *
     * @param messageId the message id if it could be read, else {@code "-1"} (OCPP 2.0.1 part 4 §4.2.3)
     * @param action the action if the frame is a CALL whose action could be read, else empty
     * @param errorCode the error to answer with
     * @param description what is wrong, for the CALLERROR and the log
     * @param answerable false when the frame was a CALLRESULT or CALLERROR: a response is never
     *     answered, only logged and reported
     */
    record Malformed(String messageId, String action, RpcErrorCode errorCode, String description, boolean answerable)
            implements ParsedFrame {
        /** The message id used when none could be read. */
        public static final String UNKNOWN_ID = "-1";

        public Malformed {
            requireNonNull(messageId, "messageId");
            requireNonNull(action, "action");
            requireNonNull(errorCode, "errorCode");
            requireNonNull(description, "description");
        }
    }
}
