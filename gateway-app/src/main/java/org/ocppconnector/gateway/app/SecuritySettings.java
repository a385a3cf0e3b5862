package org.ocppconnector.gateway.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.security.CredentialsFileAuthenticator;
import org.ocppconnector.gateway.core.security.HttpAuthenticator;
import org.ocppconnector.gateway.core.security.SecurityConfig;
import org.ocppconnector.gateway.core.security.StationAuthenticator;
import org.ocppconnector.gateway.core.security.TlsConfig;

/**
 * Station authentication and TLS from {@code GATEWAY_AUTH}, {@code GATEWAY_TLS_*} and friends
 * (docs/security.md). Plain data: the authenticator is started by {@link #startAuthenticator()}.
 *
 * @param auth how stations authenticate ({@code GATEWAY_AUTH}, default {@code open})
 * @param credentialsFile {@code GATEWAY_CREDENTIALS_FILE}, for {@link AuthMode#FILE}
 * @param credentialsReload {@code GATEWAY_CREDENTIALS_RELOAD_SECONDS}, default 5
 * @param credentialsCacheTtl {@code GATEWAY_CREDENTIALS_CACHE_TTL_SECONDS}, default 300
 * @param authorizerUrl {@code GATEWAY_AUTHORIZER_URL}, for {@link AuthMode#HTTP}
 * @param authorizerTimeout {@code GATEWAY_AUTHORIZER_TIMEOUT_SECONDS}, default 5
 * @param authorizerCacheTtl {@code GATEWAY_AUTHORIZER_CACHE_TTL_SECONDS}, default 60
 * @param authorizerCacheSize {@code GATEWAY_AUTHORIZER_CACHE_SIZE}, default 100000
 * @param tls from {@code GATEWAY_TLS_CERT}, {@code GATEWAY_TLS_KEY}, {@code GATEWAY_TLS_CLIENT_CA},
 *     {@code GATEWAY_TLS_CLIENT_ORG}, {@code GATEWAY_TLS_RELOAD_SECONDS}; null for plain WebSocket
 * @param tlsTerminatedUpstream {@code GATEWAY_TLS_TERMINATED_UPSTREAM}, default false
 * @param minimumProfile {@code GATEWAY_MIN_SECURITY_PROFILE}, default 0
 */
record SecuritySettings(
        AuthMode auth,
        @Nullable Path credentialsFile,
        Duration credentialsReload,
        Duration credentialsCacheTtl,
        @Nullable URI authorizerUrl,
        Duration authorizerTimeout,
        Duration authorizerCacheTtl,
        int authorizerCacheSize,
        @Nullable TlsConfig tls,
        boolean tlsTerminatedUpstream,
        int minimumProfile) {

    /** How stations authenticate. */
    enum AuthMode {
        /** Everyone is accepted at profile 0: local development only. */
        OPEN,
        /** A credentials file with PBKDF2 password hashes. */
        FILE,
        /** A backend decides over HTTP. */
        HTTP
    }

    static SecuritySettings fromEnv(Env env) {
        AuthMode auth = env.choice("GATEWAY_AUTH", AuthMode.OPEN, AuthMode.class);
        Path credentialsFile = null;
        URI authorizerUrl = null;
        if (auth == AuthMode.FILE) {
            credentialsFile = Path.of(env.required("GATEWAY_CREDENTIALS_FILE",
                    "the station credentials file for GATEWAY_AUTH=file"));
        }
        if (auth == AuthMode.HTTP) {
            String raw = env.required("GATEWAY_AUTHORIZER_URL", "the authorizer endpoint for GATEWAY_AUTH=http");
            try {
                authorizerUrl = URI.create(raw);
                if (authorizerUrl.getHost() == null
                        || !("http".equals(authorizerUrl.getScheme()) || "https".equals(authorizerUrl.getScheme()))) {
                    throw new IllegalArgumentException("no http(s) scheme or host");
                }
            } catch (IllegalArgumentException e) {
                throw new ConfigException("GATEWAY_AUTHORIZER_URL", raw, "an http:// or https:// URL");
            }
        }
        Optional<String> cert = env.get("GATEWAY_TLS_CERT");
        Optional<String> key = env.get("GATEWAY_TLS_KEY");
        if (cert.isPresent() != key.isPresent()) {
            throw new ConfigException(cert.isPresent() ? "GATEWAY_TLS_KEY is required with GATEWAY_TLS_CERT"
                    : "GATEWAY_TLS_CERT is required with GATEWAY_TLS_KEY");
        }
        Optional<String> clientCa = env.get("GATEWAY_TLS_CLIENT_CA");
        Optional<String> clientOrg = env.get("GATEWAY_TLS_CLIENT_ORG");
        if (clientCa.isPresent() && cert.isEmpty()) {
            throw new ConfigException("GATEWAY_TLS_CLIENT_CA", clientCa.get(), "only with GATEWAY_TLS_CERT and GATEWAY_TLS_KEY");
        }
        if (clientOrg.isPresent() && clientCa.isEmpty()) {
            throw new ConfigException("GATEWAY_TLS_CLIENT_ORG", clientOrg.get(), "only with GATEWAY_TLS_CLIENT_CA");
        }
        Duration tlsReload = env.seconds("GATEWAY_TLS_RELOAD_SECONDS", Duration.ofSeconds(5), 1, 3600);
        TlsConfig tls = cert.isEmpty() ? null : new TlsConfig(Path.of(cert.get()), Path.of(key.get()),
                clientCa.map(Path::of).orElse(null), clientOrg.orElse(null), tlsReload);
        boolean upstream = bool(env, "GATEWAY_TLS_TERMINATED_UPSTREAM");
        if (upstream && tls != null) {
            throw new ConfigException("GATEWAY_TLS_TERMINATED_UPSTREAM", "true",
                    "false when GATEWAY_TLS_CERT makes the gateway terminate TLS itself");
        }
        int minimum = env.integer("GATEWAY_MIN_SECURITY_PROFILE", 0, 0, 3);
        if (minimum > 0 && auth == AuthMode.OPEN) {
            throw new ConfigException("GATEWAY_MIN_SECURITY_PROFILE", String.valueOf(minimum),
                    "0 with GATEWAY_AUTH=open (open mode reports profile 0)");
        }
        if (minimum == 2 && tls == null && !upstream) {
            throw new ConfigException("GATEWAY_MIN_SECURITY_PROFILE", "2",
                    "at most 1 without GATEWAY_TLS_CERT or GATEWAY_TLS_TERMINATED_UPSTREAM=true");
        }
        if (minimum == 3 && (tls == null || tls.clientCa() == null)) {
            throw new ConfigException("GATEWAY_MIN_SECURITY_PROFILE", "3", "at most 2 without GATEWAY_TLS_CLIENT_CA");
        }
        return new SecuritySettings(auth, credentialsFile,
                env.seconds("GATEWAY_CREDENTIALS_RELOAD_SECONDS", Duration.ofSeconds(5), 1, 3600),
                env.seconds("GATEWAY_CREDENTIALS_CACHE_TTL_SECONDS", Duration.ofSeconds(300), 0, 86_400),
                authorizerUrl,
                env.seconds("GATEWAY_AUTHORIZER_TIMEOUT_SECONDS", Duration.ofSeconds(5), 1, 60),
                env.seconds("GATEWAY_AUTHORIZER_CACHE_TTL_SECONDS", Duration.ofSeconds(60), 0, 3600),
                env.integer("GATEWAY_AUTHORIZER_CACHE_SIZE", 100_000, 1, 10_000_000),
                tls, upstream, minimum);
    }

    private static boolean bool(Env env, String name) {
        Optional<String> raw = env.get(name);
        if (raw.isEmpty() || raw.get().equalsIgnoreCase("false")) {
            return false;
        }
        if (raw.get().equalsIgnoreCase("true")) {
            return true;
        }
        throw new ConfigException(name, raw.get(), "true or false");
    }

    /**
     * Starts the chosen authenticator (loads the credentials file, creates the HTTP client).
     *
     * @throws ConfigException if the credentials file cannot be read or is invalid
     */
    StationAuthenticator startAuthenticator() {
        return switch (auth) {
            case OPEN -> StationAuthenticator.open();
            case FILE -> {
                try {
                    yield CredentialsFileAuthenticator.start(credentialsFile, credentialsReload, credentialsCacheTtl);
                } catch (IllegalArgumentException e) {
                    throw new ConfigException("GATEWAY_CREDENTIALS_FILE " + credentialsFile + ": " + e.getMessage());
                }
            }
            case HTTP -> HttpAuthenticator.create(authorizerUrl, authorizerTimeout, authorizerCacheTtl,
                    authorizerCacheSize);
        };
    }

    /** The core's security config around a started authenticator. */
    SecurityConfig toSecurityConfig(StationAuthenticator authenticator) {
        return new SecurityConfig(authenticator, minimumProfile, tls, tlsTerminatedUpstream);
    }
}
