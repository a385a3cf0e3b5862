package org.ocppconnector.gateway.core.security;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * TLS on the station port (security profiles 2 and 3), from PEM files that are re-read when they
 * change: new connections get the new certificate, open ones keep theirs.
 *
 * @param certificateChain PEM server certificate, leaf first, then intermediates
 * @param privateKey PEM PKCS#8 private key of the leaf (unencrypted)
 * @param clientCa PEM CA bundle for client certificates; {@code null} disables profile 3. When set,
 *     client certificates are optional, so profile 2 and 3 stations share the port
 * @param clientOrganization if set, a client certificate's subject O must equal it
 * @param reloadInterval how often the files are checked for changes. Default 5 s
 */
public record TlsConfig(
        Path certificateChain,
        Path privateKey,
        @Nullable Path clientCa,
        @Nullable String clientOrganization,
        Duration reloadInterval) {

    public TlsConfig {
        requireNonNull(certificateChain, "certificateChain");
        requireNonNull(privateKey, "privateKey");
        requireNonNull(reloadInterval, "reloadInterval");
        if (reloadInterval.toMillis() <= 0) {
            throw new IllegalArgumentException("reloadInterval: " + reloadInterval + " (expected: > 0)");
        }
        if (clientOrganization != null && (clientOrganization.isBlank() || clientCa == null)) {
            throw new IllegalArgumentException("clientOrganization: " + clientOrganization
                    + " (expected: not blank, and only with a clientCa)");
        }
    }

    /** Server TLS from a certificate chain and key, without client certificates, checked every 5 s. */
    public static TlsConfig of(Path certificateChain, Path privateKey) {
        return new TlsConfig(certificateChain, privateKey, null, null, Duration.ofSeconds(5));
    }

    /** This config with client certificates checked against {@code clientCa} (profile 3). */
    public TlsConfig withClientCa(Path ca, @Nullable String organization) {
        return new TlsConfig(certificateChain, privateKey, ca, organization, reloadInterval);
    }

    /** This config checking the files every {@code interval}. */
    public TlsConfig withReloadInterval(Duration interval) {
        return new TlsConfig(certificateChain, privateKey, clientCa, clientOrganization, interval);
    }
}
