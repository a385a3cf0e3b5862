package org.ocppconnector.gateway.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;

/**
 * One OCPP version: the service provider interface between the version-neutral core and a
 * version module. The core picks the implementation by the WebSocket subprotocol the station
 * negotiated; adding a version means adding an implementation, never touching the core.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface OcppProtocol {

    /** The WebSocket subprotocol, e.g. {@code "ocpp1.6"} (OCPP-J 1.6 §3.1.2). */
    String subprotocol();

    /** The version as events carry it in {@code ocppversion}, e.g. {@code "1.6"}. */
    String version();

    /** The actions whose CALL goes in the given direction. */
    Set<String> actions(Direction direction);

    /** The maximum length of a message id (36 in 1.6 and 2.0.1). */
    int maxMessageIdLength();

    /** How this version spells an error code on the wire. */
    String errorCode(RpcErrorCode code);

    /** The error code a wire spelling stands for, if this version knows it. */
    Optional<RpcErrorCode> parseErrorCode(String wireCode);

    /** Decodes and validates the payload of a CALL of {@code action}; the action must be one of {@link #actions}. */
    Decoded decodeRequest(String action, JsonNode payload);

    /** Decodes and validates the payload of the CALLRESULT answering a CALL of {@code action}. */
    Decoded decodeResponse(String action, JsonNode payload);

    /** Encodes a typed message back to JSON; {@code encode(decode(x))} equals {@code x}. */
    JsonNode encode(OcppMessage message);

    /** The default policy for a station-to-CSMS action. */
    ResponsePolicy defaultPolicy(String action);

    /**
     * The default local response to a station-to-CSMS CALL, valid against the version's
     * schema, e.g. BootNotification {@code Accepted} with the context's interval.
     */
    JsonNode defaultLocalResponse(String action, JsonNode request, LocalResponseContext context);
}
