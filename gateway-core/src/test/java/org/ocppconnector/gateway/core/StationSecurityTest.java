package org.ocppconnector.gateway.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ocppconnector.gateway.core.bridge.InMemoryDownlink;
import org.ocppconnector.gateway.core.bridge.InMemoryUplink;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.ocppconnector.gateway.core.security.CredentialsFileAuthenticator;
import org.ocppconnector.gateway.core.security.HttpAuthenticator;
import org.ocppconnector.gateway.core.security.PasswordHash;
import org.ocppconnector.gateway.core.security.SecurityConfig;
import org.ocppconnector.gateway.core.security.StationAuthenticator;
import org.ocppconnector.gateway.core.security.TlsConfig;
import org.ocppconnector.gateway.core.testing.NettyLeakCheck;
import org.ocppconnector.gateway.core.testing.TestPki;
import org.ocppconnector.gateway.core.testing.TextMessageListener;

/**
 * Security profiles 1-3 against a real server: raw HTTP and TLS sockets and the JDK WebSocket
 * client, certificates generated per run, a credentials file and a loopback HTTP authorizer.
 */
@ExtendWith(NettyLeakCheck.class)
class StationSecurityTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** The minimum the hash format allows: keeps the tests fast; production uses 600000. */
    private static final int TEST_ITERATIONS = 1000;

    @TempDir
    Path dir;

    private final InMemoryUplink uplink = new InMemoryUplink();
    private final InMemoryDownlink downlink = new InMemoryDownlink();
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private GatewayServer server;
    private StationAuthenticator authenticator;
    private HttpServer authorizer;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close(Duration.ofSeconds(2));
        }
        if (authenticator != null) {
            authenticator.close();
        }
        if (authorizer != null) {
            authorizer.stop(0);
        }
        uplink.close();
    }

    private void start(SecurityConfig security, Consumer<GatewayConfig.Builder> customizer) throws Exception {
        GatewayConfig.Builder builder = GatewayConfig.builder()
                .gatewayId("gw-sec").bindAddress("127.0.0.1").port(0).ioThreads(1).security(security);
        customizer.accept(builder);
        server = GatewayServer.start(builder.build(), List.of(new TestProtocol()), uplink, downlink,
                Clock.systemUTC(), meters);
    }

    private InetSocketAddress address() {
        return server.localAddress();
    }

    private static String hash(String password) {
        return PasswordHash.create(password, TEST_ITERATIONS).encode();
    }

    private Path credentials(String content) throws IOException {
        Path file = dir.resolve("stations.txt");
        Path tmp = dir.resolve("stations.tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        // Atomic, like a mounted secret that is swapped.
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    private double refusedAuth() {
        return meters.get("ocpp.handshakes").tags("outcome", "refused_auth").counter().count();
    }

    private int connectedProfile(String stationId) throws Exception {
        CloudEvent connected = uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED)
                && e.subject().equals(stationId), WAIT);
        return connected.data().get("securityProfile").asInt();
    }

    // ------------------------------------------------------------------ profile 1: Basic auth

    @Test
    void basicAuthRightWrongUnknownAndForeignUserLookTheSameFromOutside() throws Exception {
        Path file = credentials("# test stations\nCS-1 " + hash("correct horse battery") + " 1\n");
        authenticator = CredentialsFileAuthenticator.start(file, Duration.ofSeconds(5), Duration.ofMinutes(5));
        start(new SecurityConfig(authenticator, 0, null, false), b -> {});

        try (HttpUpgrade.Response ok = HttpUpgrade.upgrade(address(), null, "/ocpp/CS-1",
                HttpUpgrade.basic("CS-1", "correct horse battery"))) {
            assertEquals(101, ok.status());
            assertEquals(1, connectedProfile("CS-1"), "profile 1: plain WebSocket with Basic auth");
        }
        HttpUpgrade.Response wrong = HttpUpgrade.upgrade(address(), null, "/ocpp/CS-1",
                HttpUpgrade.basic("CS-1", "wrong horse battery"));
        HttpUpgrade.Response unknown = HttpUpgrade.upgrade(address(), null, "/ocpp/CS-404",
                HttpUpgrade.basic("CS-404", "correct horse battery"));
        HttpUpgrade.Response foreignUser = HttpUpgrade.upgrade(address(), null, "/ocpp/CS-404",
                HttpUpgrade.basic("CS-1", "correct horse battery"));
        HttpUpgrade.Response none = HttpUpgrade.upgrade(address(), null, "/ocpp/CS-1", null);
        HttpUpgrade.Response garbage = HttpUpgrade.upgrade(address(), null, "/ocpp/CS-1", "Basic !!!");
        for (HttpUpgrade.Response refused : List.of(wrong, unknown, foreignUser, none, garbage)) {
            refused.close();
            assertEquals(401, refused.status());
            assertEquals("Basic realm=\"ocpp\"", refused.headers().get("www-authenticate"));
            assertEquals(wrong.body(), refused.body(), "the body never tells why");
            assertFalse(refused.body().contains("CS-"), refused.body());
        }
        assertEquals(5, refusedAuth());
        assertEquals(1, uplink.events().stream().filter(e -> e.type().equals(EventTypes.STATION_CONNECTED)).count());
    }

    @Test
    void aSecondRequestPipelinedBehindTheFirstIsIgnored() throws Exception {
        Path file = credentials("CS-1 " + hash("right-password-0123") + " 1\n");
        authenticator = CredentialsFileAuthenticator.start(file, Duration.ofSeconds(5), Duration.ofMinutes(5));
        start(new SecurityConfig(authenticator, 0, null, false), b -> {});
        String wrongThenRight = request("CS-1", "wrong-password-0000") + request("CS-1", "right-password-0123");
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(address(), 5000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(wrongThenRight.getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertTrue(answer.startsWith("HTTP/1.1 401 "), answer);
            assertEquals(1, answer.split("HTTP/1.1 ").length - 1, "one answer, then the connection closed: " + answer);
        }
        Thread.sleep(300);
        assertTrue(uplink.events().stream().noneMatch(e -> e.type().equals(EventTypes.STATION_CONNECTED)));
    }

    private static String request(String stationId, String password) {
        return "GET /ocpp/" + stationId + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: " + TestProtocol.SUBPROTOCOL + "\r\n"
                + "Authorization: " + HttpUpgrade.basic(stationId, password) + "\r\n\r\n";
    }

    @Test
    void globalMinimumAndPerStationMinimumRefuseDowngrades() throws Exception {
        Path file = credentials("CS-2 " + hash("secret-two-0123456") + " 2\nCS-1 " + hash("secret-one-0123456") + " 1\n");
        authenticator = CredentialsFileAuthenticator.start(file, Duration.ofSeconds(5), Duration.ofMinutes(5));
        // A plain listener without TLS upstream is profile 1: the station whose minimum is 2 may not use it.
        start(new SecurityConfig(authenticator, 0, null, false), b -> {});
        assertEquals(401, HttpUpgrade.status(address(), null, "/ocpp/CS-2", HttpUpgrade.basic("CS-2", "secret-two-0123456")));
        assertEquals(101, HttpUpgrade.status(address(), null, "/ocpp/CS-1", HttpUpgrade.basic("CS-1", "secret-one-0123456")));
        server.close(Duration.ofSeconds(2));

        // Behind a TLS-terminating load balancer the same connection counts as profile 2.
        start(new SecurityConfig(authenticator, 2, null, true), b -> {});
        assertEquals(101, HttpUpgrade.status(address(), null, "/ocpp/CS-2", HttpUpgrade.basic("CS-2", "secret-two-0123456")));
        assertEquals(2, connectedProfile("CS-2"));
    }

    // ------------------------------------------------------------------ profiles 2 and 3: TLS

    @Test
    void tlsProfilesBindTheCertificateToTheStation() throws Exception {
        TestPki pki = TestPki.create(dir.resolve("pki"), "ours");
        TestPki other = TestPki.create(dir.resolve("pki"), "other");
        TestPki.Issued serverCert = pki.server("server");
        Path file = credentials("CS-P2 " + hash("profile-two-secret") + " 2\n"
                + "CS-P3 - 3\n"
                + "CS-M3 " + hash("profile-three-only") + " 3\n"
                + "CS-ORG - 3\n");
        authenticator = CredentialsFileAuthenticator.start(file, Duration.ofSeconds(5), Duration.ofMinutes(5));
        TlsConfig tls = TlsConfig.of(serverCert.certificate(), serverCert.key()).withClientCa(pki.caPem(), "Acme");
        start(new SecurityConfig(authenticator, 2, tls, false), b -> {});

        // Profile 2: server certificate + Basic auth.
        SSLContext noCert = pki.clientContext(null);
        assertEquals(101, HttpUpgrade.status(address(), noCert, "/ocpp/CS-P2",
                HttpUpgrade.basic("CS-P2", "profile-two-secret")));
        assertEquals(2, connectedProfile("CS-P2"));
        assertEquals(401, HttpUpgrade.status(address(), noCert, "/ocpp/CS-P2",
                HttpUpgrade.basic("CS-P2", "wrong")));
        // A station whose minimum is 3 may not fall back to a password.
        assertEquals(401, HttpUpgrade.status(address(), noCert, "/ocpp/CS-M3",
                HttpUpgrade.basic("CS-M3", "profile-three-only")));

        // Profile 3: the client certificate is the credential, and it must name the station.
        SSLContext p3 = pki.clientContext(pki.station("cs-p3", "CS-P3", "Acme"));
        assertEquals(101, HttpUpgrade.status(address(), p3, "/ocpp/CS-P3", null));
        assertEquals(3, connectedProfile("CS-P3"));
        assertEquals(401, HttpUpgrade.status(address(), p3, "/ocpp/CS-ORG", null), "CN of another station");
        assertEquals(401, HttpUpgrade.status(address(), p3, "/ocpp/CS-P2",
                HttpUpgrade.basic("CS-P2", "profile-two-secret")), "a password does not override the CN binding");
        SSLContext wrongOrg = pki.clientContext(pki.station("cs-org", "CS-ORG", "Other Inc"));
        assertEquals(401, HttpUpgrade.status(address(), wrongOrg, "/ocpp/CS-ORG", null), "organization check");

        // Expired, or from another CA: the TLS handshake itself fails.
        SSLContext expired = pki.clientContext(pki.expiredStation("cs-exp", "CS-P3", "Acme"));
        assertTlsRefused(expired, "/ocpp/CS-P3");
        SSLContext foreign = pki.clientContext(other.station("cs-foreign", "CS-P3", "Acme"));
        assertTlsRefused(foreign, "/ocpp/CS-P3");
        // A station that does not trust our CA does not talk to us either (server authentication).
        assertTlsRefused(other.clientContext(null), "/ocpp/CS-P2");
        assertEquals(5, refusedAuth(), "wrong password, downgrade, two foreign CNs, wrong O");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (meters.get("ocpp.handshakes").tags("outcome", "refused_tls").counter().count() < 3) {
            assertTrue(System.nanoTime() < deadline, "three failed TLS handshakes are counted");
            Thread.sleep(20);
        }
    }

    private void assertTlsRefused(SSLContext context, String path) {
        // TLS 1.3 reports a refused client certificate after the client's handshake completed, so
        // the failure may surface on the first read instead of the handshake.
        Exception e = assertThrows(Exception.class, () -> HttpUpgrade.status(address(), context, path, null));
        assertTrue(e instanceof SSLException || e instanceof java.io.IOException, e.toString());
    }

    @Test
    void tlsUsesOnlyTls12AndUpWithTheOcppSuites() throws Exception {
        TestPki pki = TestPki.create(dir.resolve("pki"), "ours");
        TestPki.Issued serverCert = pki.server("server");
        start(new SecurityConfig(StationAuthenticator.open(), 0,
                TlsConfig.of(serverCert.certificate(), serverCert.key()), false), b -> {});
        SSLContext context = pki.clientContext(null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
            socket.connect(address(), 5000);
            socket.setEnabledProtocols(new String[] {"TLSv1.2"});
            socket.startHandshake();
            assertEquals("TLSv1.2", socket.getSession().getProtocol());
            assertTrue(ServerTls.CIPHER_SUITES.contains(socket.getSession().getCipherSuite()),
                    socket.getSession().getCipherSuite());
        }
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
            socket.connect(address(), 5000);
            socket.setEnabledProtocols(new String[] {"TLSv1.2"});
            socket.setEnabledCipherSuites(new String[] {"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256"});
            assertThrows(SSLException.class, socket::startHandshake, "a suite outside the OCPP list");
        }
        SSLContext tls11 = SSLContext.getInstance("TLSv1.1");
        tls11.init(null, null, null);
        try (SSLSocket socket = (SSLSocket) tls11.getSocketFactory().createSocket()) {
            socket.connect(address(), 5000);
            socket.setEnabledProtocols(new String[] {"TLSv1.1"});
            assertThrows(SSLException.class, socket::startHandshake, "TLS below 1.2");
        } catch (IllegalArgumentException disabledInThisJdk) {
            // The JDK cannot even offer TLS 1.1 any more: nothing to try.
        }
        assertEquals(0, uplink.events().size());
    }

    @Test
    void aStalledTlsHandshakeIsClosedAtTheHandshakeDeadline() throws Exception {
        TestPki pki = TestPki.create(dir.resolve("pki"), "ours");
        TestPki.Issued serverCert = pki.server("server");
        start(new SecurityConfig(StationAuthenticator.open(), 0,
                TlsConfig.of(serverCert.certificate(), serverCert.key()), false),
                b -> b.handshakeTimeout(Duration.ofMillis(500)));
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(address(), 5000);
            socket.setSoTimeout(10_000);
            // Sends nothing: no ClientHello. The deadline runs from TCP accept, TLS included.
            assertEquals(-1, socket.getInputStream().read(), "closed by the gateway");
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (meters.get("ocpp.handshakes").tags("outcome", "timeout").counter().count() < 1) {
            assertTrue(System.nanoTime() < deadline, "counted as a handshake timeout");
            Thread.sleep(20);
        }
        assertEquals(0, meters.get("ocpp.handshakes").tags("outcome", "refused_tls").counter().count(),
                "a connection closed before TLS finished is not a TLS failure");
    }

    @Test
    void rotatedCertificateServesNewConnectionsAndKeepsOpenOnes() throws Exception {
        TestPki pki = TestPki.create(dir.resolve("pki"), "ours");
        TestPki.Issued first = pki.server("first");
        Path cert = dir.resolve("server-cert.pem");
        Path key = dir.resolve("server-key.pem");
        Files.copy(first.certificate(), cert);
        Files.copy(first.key(), key);
        start(new SecurityConfig(StationAuthenticator.open(), 0,
                TlsConfig.of(cert, key).withReloadInterval(Duration.ofMillis(100)), false), b -> {});
        SSLContext context = pki.clientContext(null);
        assertEquals(first.leaf().getSerialNumber(), serverLeaf(context).getSerialNumber());

        LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
        WebSocket open = HttpClient.newBuilder().sslContext(context).build().newWebSocketBuilder()
                .subprotocols(TestProtocol.SUBPROTOCOL)
                .buildAsync(URI.create("wss://localhost:" + address().getPort() + "/ocpp/CS-OPEN"),
                        new TextMessageListener(received::add))
                .get(10, TimeUnit.SECONDS);
        assertEquals(0, connectedProfile("CS-OPEN"), "open mode reports profile 0");

        // A broken key first: the gateway keeps the current certificate.
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n");
        Thread.sleep(300);
        assertEquals(first.leaf().getSerialNumber(), serverLeaf(context).getSerialNumber());

        TestPki.Issued second = pki.server("second");
        Files.copy(second.certificate(), cert, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(second.key(), key, StandardCopyOption.REPLACE_EXISTING);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!serverLeaf(context).getSerialNumber().equals(second.leaf().getSerialNumber())) {
            assertTrue(System.nanoTime() < deadline, "new connections never saw the new certificate");
            Thread.sleep(50);
        }
        open.sendText("[2,\"hb-1\",\"Heartbeat\",{}]", true).get(5, TimeUnit.SECONDS);
        String answer = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertTrue(answer != null && answer.startsWith("[3,\"hb-1\""), "the open connection still works: " + answer);
        open.sendClose(1000, "bye");
    }

    private X509Certificate serverLeaf(SSLContext context) throws Exception {
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
            socket.connect(address(), 5000);
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    // ------------------------------------------------------------------ credentials file reload

    @Test
    void changedCredentialsFileApplies_brokenOneKeepsThePrevious() throws Exception {
        Path file = credentials("CS-R " + hash("first-password-123") + " 1\n");
        authenticator = CredentialsFileAuthenticator.start(file, Duration.ofMillis(100), Duration.ofMinutes(5));
        start(new SecurityConfig(authenticator, 0, null, false), b -> {});
        String first = HttpUpgrade.basic("CS-R", "first-password-123");
        String second = HttpUpgrade.basic("CS-R", "second-password-456");
        assertEquals(101, HttpUpgrade.status(address(), null, "/ocpp/CS-R", first));

        credentials("CS-R " + hash("second-password-456") + " 1\n");
        awaitStatus(101, "/ocpp/CS-R", second);
        assertEquals(401, HttpUpgrade.status(address(), null, "/ocpp/CS-R", first),
                "the cached verification of the old password is gone with the old file");

        credentials("CS-R not-a-hash 1\n");
        Thread.sleep(400);
        assertEquals(101, HttpUpgrade.status(address(), null, "/ocpp/CS-R", second), "a broken file is ignored");
        assertEquals(1, ((CredentialsFileAuthenticator) authenticator).stations());
    }

    private void awaitStatus(int expected, String path, String authorization) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        int status;
        while ((status = HttpUpgrade.status(address(), null, path, authorization)) != expected) {
            assertTrue(System.nanoTime() < deadline, "still " + status + ", expected " + expected);
            Thread.sleep(50);
        }
    }

    // ------------------------------------------------------------------ HTTP authorizer

    @Test
    void authorizerAnswersAreCachedAndFailuresRefuse() throws Exception {
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        Map<String, String> lastBody = new ConcurrentHashMap<>();
        startAuthorizer(calls, lastBody, new CountDownLatch(0));
        authenticator = HttpAuthenticator.create(authorizerUrl(), Duration.ofSeconds(2), Duration.ofSeconds(60), 1000);
        start(new SecurityConfig(authenticator, 0, null, false), b -> {});

        for (int i = 0; i < 50; i++) {
            assertEquals(101, HttpUpgrade.status(address(), null, "/ocpp/CS-OK", HttpUpgrade.basic("CS-OK", "pw-ok")));
        }
        assertEquals(1, calls.get("CS-OK").get(), "50 reconnects, one authorizer call");
        assertTrue(lastBody.get("CS-OK").contains("\"securityProfile\":1"), lastBody.get("CS-OK"));
        assertTrue(lastBody.get("CS-OK").contains("\"password\":\"pw-ok\""), lastBody.get("CS-OK"));
        // Another password is another question.
        assertEquals(401, HttpUpgrade.status(address(), null, "/ocpp/CS-OK", HttpUpgrade.basic("CS-OK", "pw-bad")));
        assertEquals(2, calls.get("CS-OK").get());

        // Refusals are not cached, and every failure mode refuses.
        assertEquals(401, HttpUpgrade.status(address(), null, "/ocpp/CS-NO", HttpUpgrade.basic("CS-NO", "x")));
        assertEquals(401, HttpUpgrade.status(address(), null, "/ocpp/CS-NO", HttpUpgrade.basic("CS-NO", "x")));
        assertEquals(2, calls.get("CS-NO").get());
        assertEquals(401, HttpUpgrade.status(address(), null, "/ocpp/CS-500", HttpUpgrade.basic("CS-500", "x")));
        assertEquals(401, HttpUpgrade.status(address(), null, "/ocpp/CS-JUNK", HttpUpgrade.basic("CS-JUNK", "x")));
        assertEquals(401, HttpUpgrade.status(address(), null, "/ocpp/CS-MIN2", HttpUpgrade.basic("CS-MIN2", "x")),
                "the authorizer's minimum profile 2 refuses a plain connection");
        authorizer.stop(0);
        authorizer = null;
        assertEquals(401, HttpUpgrade.status(address(), null, "/ocpp/CS-GONE", HttpUpgrade.basic("CS-GONE", "x")),
                "an unreachable authorizer refuses (fail closed)");
    }

    @Test
    void aHangingAuthorizerNeitherBlocksOtherUpgradesNorAdmitsTheStation() throws Exception {
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        CountDownLatch release = new CountDownLatch(1);
        startAuthorizer(calls, new ConcurrentHashMap<>(), release);
        authenticator = HttpAuthenticator.create(authorizerUrl(), Duration.ofSeconds(3), Duration.ofSeconds(60), 1000);
        // One event loop: if the hanging call blocked it, no other upgrade could finish.
        start(new SecurityConfig(authenticator, 0, null, false), b -> b.ioThreads(1));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> hanging = pool.submit(() -> HttpUpgrade.status(address(), null, "/ocpp/CS-HANG",
                    HttpUpgrade.basic("CS-HANG", "x")));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!calls.containsKey("CS-HANG")) {
                assertTrue(System.nanoTime() < deadline, "the authorizer never saw CS-HANG");
                Thread.sleep(10);
            }
            assertEquals(101, HttpUpgrade.status(address(), null, "/ocpp/CS-OK", HttpUpgrade.basic("CS-OK", "pw-ok")));
            assertFalse(hanging.isDone(), "CS-HANG still waits for its authorizer");
            assertEquals(401, hanging.get(10, TimeUnit.SECONDS), "no answer within the timeout refuses");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private URI authorizerUrl() {
        return URI.create("http://127.0.0.1:" + authorizer.getAddress().getPort() + "/authorize");
    }

    /** Allows CS-OK with password pw-ok; other stations get the answers their names say. */
    private void startAuthorizer(Map<String, AtomicInteger> calls, Map<String, String> lastBody,
            CountDownLatch release) throws IOException {
        authorizer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        authorizer.setExecutor(Executors.newFixedThreadPool(4));
        authorizer.createContext("/authorize", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String station = body.replaceAll(".*\"stationId\":\"([^\"]*)\".*", "$1");
            calls.computeIfAbsent(station, k -> new AtomicInteger()).incrementAndGet();
            lastBody.put(station, body);
            int status = 200;
            String answer = "{\"allowed\":false}";
            switch (station) {
                case "CS-OK" -> answer = body.contains("\"password\":\"pw-ok\"") ? "{\"allowed\":true}" : answer;
                case "CS-500" -> status = 500;
                case "CS-JUNK" -> answer = "allowed";
                case "CS-MIN2" -> answer = "{\"allowed\":true,\"minSecurityProfile\":2}";
                case "CS-HANG" -> {
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                default -> { }
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        authorizer.start();
    }

    // ------------------------------------------------------------------ open mode

    @Test
    void openModeAcceptsEveryoneAtProfileZero() throws Exception {
        start(SecurityConfig.open(), b -> {});
        assertEquals(101, HttpUpgrade.status(address(), null, "/ocpp/ANY", HttpUpgrade.basic("ANY", "whatever")));
        assertEquals(0, connectedProfile("ANY"));
        assertEquals(401, HttpUpgrade.status(address(), null, "/ocpp/ANY", HttpUpgrade.basic("OTHER", "whatever")),
                "even in open mode a Basic user must be the station in the URL");
        assertNotEquals(0, refusedAuth());
    }
}
