package org.ocppconnector.gateway.core.rpc;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One OCPP-J RPC message (OCPP-J 1.6 §4, OCPP 2.0.1 part 4 §4): a CALL, CALLRESULT or CALLERROR.
 * The error code of a CALLERROR is kept as the string on the wire, since its spelling belongs to
 * the version.
 */
public sealed interface RpcFrame permits RpcFrame.Call, RpcFrame.CallResult, RpcFrame.CallError {

    /** Message type number of a CALL. */
    int CALL = 2;
    /** Message type number of a CALLRESULT. */
    int CALL_RESULT = 3;
    /** Message type number of a CALLERROR. */
    int CALL_ERROR = 4;

    /** The message id that pairs a CALL with its answer. */
    String messageId();

    /** {@code [2, messageId, action, payload]}. */
    record Call(String messageId, String action, JsonNode payload) implements RpcFrame {
        public Call {
            requireNonNull(messageId, "messageId");
            requireNonNull(action, "action");
            requireNonNull(payload, "payload");
        }
    }

    /** {@code [3, messageId, payload]}. */
    record CallResult(String messageId, JsonNode payload) implements RpcFrame {
        public CallResult {
            requireNonNull(messageId, "messageId");
            requireNonNull(payload, "payload");
        }
    }

    /** {@code [4, messageId, errorCode, errorDescription, errorDetails]}. */
    record CallError(String messageId, String errorCode, String errorDescription, ObjectNode errorDetails)
            implements RpcFrame {
        public CallError {
            requireNonNull(messageId, "messageId");
            requireNonNull(errorCode, "errorCode");
            requireNonNull(errorDescription, "errorDescription");
            requireNonNull(errorDetails, "errorDetails");
        }
    }
}
