package org.ocppconnector.gateway.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocppconnector.gateway.core.security.CredentialsFileAuthenticator;
import org.ocppconnector.gateway.core.security.HttpAuthenticator;
import org.ocppconnector.gateway.core.security.PasswordHash;
import org.ocppconnector.gateway.core.security.StationAuthenticator;

class SecuritySettingsTest {

    @TempDir
    Path dir;

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("GATEWAY_BRIDGE", "stdio"));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void defaultsToOpenPlainWebSocket() {
        SecuritySettings security = AppConfig.fromEnv(env()).security();
        assertEquals(SecuritySettings.AuthMode.OPEN, security.auth());
        assertNull(security.tls());
        assertFalse(security.tlsTerminatedUpstream());
        assertEquals(0, security.minimumProfile());
        assertEquals(StationAuthenticator.open(), security.startAuthenticator());
    }

    @Test
    void fileAndHttpModesStartTheirAuthenticators() throws Exception {
        Path file = dir.resolve("stations.txt");
        // A cheap hash: the dummy hash for unknown stations takes the file's iteration count.
        Files.writeString(file, "CS-1 " + PasswordHash.create("pw", 1000).encode() + " 1\n");
        SecuritySettings fileMode = AppConfig.fromEnv(env("GATEWAY_AUTH", "file", "GATEWAY_CREDENTIALS_FILE",
                file.toString(), "GATEWAY_CREDENTIALS_CACHE_TTL_SECONDS", "0")).security();
        assertEquals(Duration.ZERO, fileMode.credentialsCacheTtl());
        try (StationAuthenticator a = fileMode.startAuthenticator()) {
            assertInstanceOf(CredentialsFileAuthenticator.class, a);
        }
        SecuritySettings http = AppConfig.fromEnv(env("GATEWAY_AUTH", "HTTP", "GATEWAY_AUTHORIZER_URL",
                "https://auth.internal/stations", "GATEWAY_AUTHORIZER_CACHE_TTL_SECONDS", "30")).security();
        assertEquals(Duration.ofSeconds(30), http.authorizerCacheTtl());
        assertEquals(Duration.ofSeconds(5), http.authorizerTimeout());
        try (StationAuthenticator a = http.startAuthenticator()) {
            assertInstanceOf(HttpAuthenticator.class, a);
        }
        ConfigException missing = assertThrows(ConfigException.class, () -> AppConfig.fromEnv(env("GATEWAY_AUTH",
                "file", "GATEWAY_CREDENTIALS_FILE", dir.resolve("nope").toString())).security().startAuthenticator());
        assertTrue(missing.getMessage().startsWith("GATEWAY_CREDENTIALS_FILE"), missing.getMessage());
    }

    @Test
    void tlsSettings() {
        SecuritySettings tls = AppConfig.fromEnv(env("GATEWAY_AUTH", "http", "GATEWAY_AUTHORIZER_URL", "http://a/b",
                "GATEWAY_TLS_CERT", "/c.pem", "GATEWAY_TLS_KEY", "/k.pem", "GATEWAY_TLS_CLIENT_CA", "/ca.pem",
                "GATEWAY_TLS_CLIENT_ORG", "Acme", "GATEWAY_MIN_SECURITY_PROFILE", "3")).security();
        assertEquals(Path.of("/c.pem"), tls.tls().certificateChain());
        assertEquals(Path.of("/ca.pem"), tls.tls().clientCa());
        assertEquals("Acme", tls.tls().clientOrganization());
        assertEquals(Duration.ofSeconds(5), tls.tls().reloadInterval());
        assertEquals(3, tls.toSecurityConfig(new NoOp()).minimumProfile());
        assertTrue(AppConfig.fromEnv(env("GATEWAY_TLS_TERMINATED_UPSTREAM", "true")).security().tlsTerminatedUpstream());
    }

    /** Any authenticator other than open, to build a config with a minimum profile. */
    private static final class NoOp implements StationAuthenticator {
        @Override
        public java.util.concurrent.CompletionStage<org.ocppconnector.gateway.core.security.AuthOutcome> authenticate(
                org.ocppconnector.gateway.core.security.AuthRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String describe() {
            return "none";
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GATEWAY_AUTH=ldap                                                  | GATEWAY_AUTH=ldap is invalid (expected: one of open file http)",
        "GATEWAY_AUTH=file                                                  | GATEWAY_CREDENTIALS_FILE is required",
        "GATEWAY_AUTH=http                                                  | GATEWAY_AUTHORIZER_URL is required",
        "GATEWAY_AUTH=http,GATEWAY_AUTHORIZER_URL=ftp://x/y                 | GATEWAY_AUTHORIZER_URL=ftp://x/y",
        "GATEWAY_AUTH=http,GATEWAY_AUTHORIZER_URL=x,GATEWAY_AUTHORIZER_TIMEOUT_SECONDS=0 | GATEWAY_AUTHORIZER_URL=x",
        "GATEWAY_AUTH=http,GATEWAY_AUTHORIZER_URL=http://a/b,GATEWAY_AUTHORIZER_TIMEOUT_SECONDS=0 | GATEWAY_AUTHORIZER_TIMEOUT_SECONDS=0",
        "GATEWAY_AUTH=http,GATEWAY_AUTHORIZER_URL=http://a/b,GATEWAY_AUTHORIZER_CACHE_SIZE=0 | GATEWAY_AUTHORIZER_CACHE_SIZE=0",
        "GATEWAY_TLS_CERT=/c.pem                                            | GATEWAY_TLS_KEY is required",
        "GATEWAY_TLS_KEY=/k.pem                                             | GATEWAY_TLS_CERT is required",
        "GATEWAY_TLS_CLIENT_CA=/ca.pem                                      | GATEWAY_TLS_CLIENT_CA=/ca.pem",
        "GATEWAY_TLS_CERT=/c.pem,GATEWAY_TLS_KEY=/k.pem,GATEWAY_TLS_CLIENT_ORG=Acme | GATEWAY_TLS_CLIENT_ORG=Acme",
        "GATEWAY_TLS_CERT=/c.pem,GATEWAY_TLS_KEY=/k.pem,GATEWAY_TLS_RELOAD_SECONDS=0 | GATEWAY_TLS_RELOAD_SECONDS=0",
        "GATEWAY_TLS_CERT=/c.pem,GATEWAY_TLS_KEY=/k.pem,GATEWAY_TLS_TERMINATED_UPSTREAM=true | GATEWAY_TLS_TERMINATED_UPSTREAM=true",
        "GATEWAY_TLS_TERMINATED_UPSTREAM=yes                                | GATEWAY_TLS_TERMINATED_UPSTREAM=yes",
        "GATEWAY_MIN_SECURITY_PROFILE=4                                     | GATEWAY_MIN_SECURITY_PROFILE=4",
        "GATEWAY_MIN_SECURITY_PROFILE=1                                     | GATEWAY_MIN_SECURITY_PROFILE=1",
        "GATEWAY_AUTH=http,GATEWAY_AUTHORIZER_URL=http://a/b,GATEWAY_MIN_SECURITY_PROFILE=2 | GATEWAY_MIN_SECURITY_PROFILE=2",
        "GATEWAY_AUTH=http,GATEWAY_AUTHORIZER_URL=http://a/b,GATEWAY_TLS_TERMINATED_UPSTREAM=true,GATEWAY_MIN_SECURITY_PROFILE=3 | GATEWAY_MIN_SECURITY_PROFILE=3",
        "GATEWAY_CREDENTIALS_CACHE_TTL_SECONDS=-1                           | GATEWAY_CREDENTIALS_CACHE_TTL_SECONDS=-1",
    })
    void invalidValuesAreNamed(String assignments, String expectedStart) {
        Map<String, String> env = env();
        for (String assignment : assignments.split(",")) {
            String[] kv = assignment.split("=", 2);
            env.put(kv[0], kv[1]);
        }
        ConfigException e = assertThrows(ConfigException.class, () -> AppConfig.fromEnv(env));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    @Test
    void hashPasswordReadsStdinAndRefusesBadUsage() throws Exception {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(new byte[0]));
            assertEquals(2, HashPassword.run(new String[] {"hash-password"}), "no password");
            System.setIn(new ByteArrayInputStream("pw\n".getBytes(StandardCharsets.UTF_8)));
            assertEquals(2, HashPassword.run(new String[] {"hash-password", "--iterations", "10"}));
            assertEquals(2, HashPassword.run(new String[] {"hash-password", "--bogus"}));
        } finally {
            System.setIn(stdin);
        }
    }
}
