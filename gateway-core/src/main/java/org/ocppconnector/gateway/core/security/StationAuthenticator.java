package org.ocppconnector.gateway.core.security;

import java.util.concurrent.CompletionStage;

/**
 * Decides whether a station may connect, once per WebSocket upgrade. The gateway has already
 * checked the transport: the URL names a valid station id, a Basic user name equals that id, and
 * a client certificate (profile 3) chains to the configured CA and names the station in its CN.
 *
 * <p>Called on a Netty event loop: implementations must return at once and do slow work (password
 * hashing, network calls) elsewhere. The gateway stops reading the socket until the stage
 * completes and continues the upgrade on the channel's own event loop. A stage that completes
 * exceptionally refuses the station (fail closed).
 */
public interface StationAuthenticator extends AutoCloseable {

    /** The outcome for one upgrade request; never {@code null}. */
    CompletionStage<AuthOutcome> authenticate(AuthRequest request);

    /** A name for logs, e.g. {@code "credentials file /etc/ocpp/stations"}. */
    String describe();

    /** Stops background work (file watching, HTTP client). Default: nothing to stop. */
    @Override
    default void close() {}

    /**
     * Accepts every station without checking anything, reporting security profile 0. For local
     * development only: the server logs a warning at every start.
     */
    static StationAuthenticator open() {
        return OpenAuthenticator.INSTANCE;
    }
}
