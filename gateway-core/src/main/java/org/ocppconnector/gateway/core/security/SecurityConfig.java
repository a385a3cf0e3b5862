package org.ocppconnector.gateway.core.security;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * How stations are authenticated and which transport they use.
 *
 * @param authenticator decides per upgrade; {@link StationAuthenticator#open()} accepts everyone
 * @param minimumProfile no station is accepted below this profile (0..3). Default 0
 * @param tls TLS on the station port, or {@code null} for plain WebSocket. Default {@code null}
 * @param tlsTerminatedUpstream the plain listener sits behind a TLS-terminating load balancer,
 *     so its connections count as profile 2. Only without {@code tls}. Default false
 */
public record SecurityConfig(
        StationAuthenticator authenticator,
        int minimumProfile,
        @Nullable TlsConfig tls,
        boolean tlsTerminatedUpstream) {

    public SecurityConfig {
        requireNonNull(authenticator, "authenticator");
        if (minimumProfile < 0 || minimumProfile > 3) {
            throw new IllegalArgumentException("minimumProfile: " + minimumProfile + " (expected: 0..3)");
        }
        if (tls != null && tlsTerminatedUpstream) {
            throw new IllegalArgumentException("tlsTerminatedUpstream: true (expected: false when the gateway "
                    + "terminates TLS itself)");
        }
        if (minimumProfile == 3 && (tls == null || tls.clientCa() == null)) {
            throw new IllegalArgumentException("minimumProfile: 3 (expected: only with TLS and a client CA)");
        }
        if (minimumProfile == 2 && tls == null && !tlsTerminatedUpstream) {
            throw new IllegalArgumentException("minimumProfile: 2 (expected: only with TLS or TLS terminated upstream)");
        }
        if (minimumProfile > 0 && authenticator == StationAuthenticator.open()) {
            throw new IllegalArgumentException("minimumProfile: " + minimumProfile
                    + " (expected: 0 with the open authenticator, which reports profile 0)");
        }
    }

    /** No authentication, plain WebSocket: local development only. */
    public static SecurityConfig open() {
        return new SecurityConfig(StationAuthenticator.open(), 0, null, false);
    }
}
