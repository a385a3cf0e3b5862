package org.ocppconnector.gateway.app.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.ocppconnector.gateway.core.testing.TestPki;
import org.ocppconnector.gateway.testkit.OcppRpcStation;
import org.ocppconnector.gateway.testkit.OcppRpcStation.ConnectionFailedException;

/**
 * OCPP security profiles end to end: the packaged gateway (stdio bridge) with a credentials file
 * made by its own {@code hash-password} command, certificates generated for this run, and
 * ocpp-rpc stations using their own profile support (Basic {@code password}, {@code wsOpts} TLS).
 */
class SecurityProfilesIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String BOOT = "{\"chargePointVendor\":\"ACME\",\"chargePointModel\":\"Secure 1\"}";

    @TempDir
    Path dir;

    /** Runs {@code java -jar ocpp-gateway.jar hash-password} with the password on stdin. */
    private static String hashPassword(String password) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The lowest count the command takes, to keep the test quick; the default is 600000.
        Process p = new ProcessBuilder(java, "-jar", StdioGatewayProcess.JAR.toString(), "hash-password",
                "--iterations", "100000").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write((password + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertTrue(out.startsWith("pbkdf2-sha256$100000$"), out);
        assertFalse(out.contains(password));
        return out;
    }

    private static void assertBoots(OcppRpcStation station) {
        JsonNode boot = station.call("BootNotification", BOOT);
        assertEquals("Accepted", boot.get("status").asText());
    }

    private static int connectedProfile(StdioGatewayProcess gateway, String stationId) throws Exception {
        CloudEvent connected = gateway.await(e -> e.type().equals(EventTypes.STATION_CONNECTED)
                && e.subject().equals(stationId), WAIT);
        return connected.data().get("securityProfile").asInt();
    }

    private static int refusedStatus(OcppRpcStation.Builder builder) {
        ConnectionFailedException e = assertThrows(ConnectionFailedException.class, builder::connect);
        return e.httpStatus();
    }

    private Path credentials(String content) throws IOException {
        Path file = dir.resolve("stations.txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void profile1BasicAuthOverPlainWebSocket() throws Exception {
        Path file = credentials("# id  hash  minimum profile\n"
                + "CS-1 " + hashPassword("cs-1-password-0123") + " 1\n"
                + "CS-2 " + hashPassword("cs-2-password-0123") + " 2\n");
        try (StdioGatewayProcess gateway = StdioGatewayProcess.start("gw-sp1",
                Map.of("GATEWAY_AUTH", "file", "GATEWAY_CREDENTIALS_FILE", file.toString()))) {
            URI endpoint = gateway.stationEndpoint();
            try (OcppRpcStation station = OcppRpcStation.builder(endpoint, "CS-1")
                    .password("cs-1-password-0123").connect()) {
                assertBoots(station);
                assertEquals(1, connectedProfile(gateway, "CS-1"));
            }
            assertEquals(401, refusedStatus(OcppRpcStation.builder(endpoint, "CS-1").password("wrong-password-000")));
            assertEquals(401, refusedStatus(OcppRpcStation.builder(endpoint, "CS-9").password("cs-1-password-0123")),
                    "unknown station");
            assertEquals(401, refusedStatus(OcppRpcStation.builder(endpoint, "CS-1")), "no password");
            // ocpp-rpc sends its identity as the Basic user; the query trick puts CS-2 in the URL path.
            assertEquals(401, refusedStatus(OcppRpcStation.builder(URI.create(endpoint + "/CS-2?via="), "CS-1")
                    .password("cs-1-password-0123")), "URL station differs from the Basic user");
            assertEquals(401, refusedStatus(OcppRpcStation.builder(endpoint, "CS-2").password("cs-2-password-0123")),
                    "CS-2 needs profile 2: no downgrade to plain WebSocket");

            assertEquals(0, gateway.stop(Duration.ofSeconds(20)));
            String log = gateway.log();
            assertTrue(log.contains("refused station CS-9"), "refusals are logged");
            for (String secret : List.of("cs-1-password-0123", "wrong-password-000", "cs-2-password-0123")) {
                assertFalse(log.contains(secret), "the log shows no password");
            }
            assertFalse(log.toLowerCase(java.util.Locale.ROOT).contains("authorization: basic"));
        }
    }

    @Test
    void profiles2And3OverTls() throws Exception {
        TestPki pki = TestPki.create(dir.resolve("pki"), "operator");
        TestPki foreignPki = TestPki.create(dir.resolve("pki"), "foreign");
        TestPki.Issued server = pki.server("gateway");
        TestPki.Issued p3 = pki.station("cs-p3", "CS-P3", "Operator");
        TestPki.Issued expired = pki.expiredStation("cs-p3-expired", "CS-P3", "Operator");
        TestPki.Issued foreign = foreignPki.station("cs-p3-foreign", "CS-P3", "Operator");
        Path file = credentials("CS-P2 " + hashPassword("cs-p2-password-0123") + " 2\n"
                + "CS-P3 - 3\n"
                + "CS-M3 " + hashPassword("cs-m3-password-0123") + " 3\n");
        try (StdioGatewayProcess gateway = StdioGatewayProcess.start("gw-sp23", Map.of(
                "GATEWAY_AUTH", "file",
                "GATEWAY_CREDENTIALS_FILE", file.toString(),
                "GATEWAY_TLS_CERT", server.certificate().toString(),
                "GATEWAY_TLS_KEY", server.key().toString(),
                "GATEWAY_TLS_CLIENT_CA", pki.caPem().toString(),
                "GATEWAY_TLS_CLIENT_ORG", "Operator",
                "GATEWAY_MIN_SECURITY_PROFILE", "2"))) {
            URI endpoint = URI.create(gateway.stationEndpoint().toString().replace("ws://", "wss://"));

            try (OcppRpcStation station = OcppRpcStation.builder(endpoint, "CS-P2").trust(pki.caPem())
                    .password("cs-p2-password-0123").connect()) {
                assertBoots(station);
                assertEquals(2, connectedProfile(gateway, "CS-P2"));
            }
            try (OcppRpcStation station = OcppRpcStation.builder(endpoint, "CS-P3").trust(pki.caPem())
                    .clientCertificate(p3.certificate(), p3.key()).connect()) {
                assertBoots(station);
                assertEquals(3, connectedProfile(gateway, "CS-P3"));
            }
            assertEquals(401, refusedStatus(OcppRpcStation.builder(endpoint, "CS-P2").trust(pki.caPem())
                    .password("wrong-password-000")));
            assertEquals(401, refusedStatus(OcppRpcStation.builder(endpoint, "CS-M3").trust(pki.caPem())
                    .clientCertificate(p3.certificate(), p3.key())), "CN of another station");
            assertEquals(401, refusedStatus(OcppRpcStation.builder(endpoint, "CS-M3").trust(pki.caPem())
                    .password("cs-m3-password-0123")), "CS-M3 needs profile 3: no downgrade to a password");
            // Refused in the TLS handshake: no HTTP status at all.
            assertEquals(-1, refusedStatus(OcppRpcStation.builder(endpoint, "CS-P3").trust(pki.caPem())
                    .clientCertificate(expired.certificate(), expired.key())), "expired certificate");
            assertEquals(-1, refusedStatus(OcppRpcStation.builder(endpoint, "CS-P3").trust(pki.caPem())
                    .clientCertificate(foreign.certificate(), foreign.key())), "certificate from another CA");
            assertEquals(-1, refusedStatus(OcppRpcStation.builder(endpoint, "CS-P2").trust(foreignPki.caPem())
                    .password("cs-p2-password-0123")), "the station does not trust the gateway's certificate");

            assertEquals(0, gateway.stop(Duration.ofSeconds(20)));
            String log = gateway.log();
            for (String secret : List.of("cs-p2-password-0123", "wrong-password-000", "cs-m3-password-0123")) {
                assertFalse(log.contains(secret), "the log shows no password");
            }
        }
    }
}
