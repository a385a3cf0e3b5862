package org.ocppconnector.gateway.core.rpc;

/**
 * The OCPP-J CALLERROR codes, named independently of how a version spells them.
 *
 * <p>OCPP-J 1.6 §4.2.3 and OCPP 2.0.1 part 4 §4.3 list the codes; 1.6 spells the format error
 * {@code FormationViolation}, 2.0.1 {@code FormatViolation}, and 2.0.1 adds
 * {@code MessageTypeNotSupported} and {@code RpcFrameworkError}. Each version's
 * {@link org.ocppconnector.gateway.core.spi.OcppProtocol} maps these to its own spelling.
 */
public enum RpcErrorCode {
    /** The action is not known by the receiver. */
    NOT_IMPLEMENTED,
    /** The action is recognized but not supported by the receiver (e.g. wrong direction). */
    NOT_SUPPORTED,
    /** An internal error occurred and the receiver could not process the action. */
    INTERNAL_ERROR,
    /** The payload is incomplete. */
    PROTOCOL_ERROR,
    /** The receiver refuses to process the action for security reasons. */
    SECURITY_ERROR,
    /** The payload is syntactically incorrect or does not conform to the action's PDU structure. */
    FORMAT_VIOLATION,
    /** A field has a value outside its allowed range or pattern. */
    PROPERTY_CONSTRAINT_VIOLATION,
    /** A required field is missing, or a field occurs more often than allowed. */
    OCCURRENCE_CONSTRAINT_VIOLATION,
    /** A field has the wrong data type. */
    TYPE_CONSTRAINT_VIOLATION,
    /** Any other error. */
    GENERIC_ERROR,
    /** The message type number is not one the receiver knows (2.0.1). */
    MESSAGE_TYPE_NOT_SUPPORTED,
    /** The frame is not a valid RPC message, e.g. its message id could not be read (2.0.1). */
    RPC_FRAMEWORK_ERROR
}
