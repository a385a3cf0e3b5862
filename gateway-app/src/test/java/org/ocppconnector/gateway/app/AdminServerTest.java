package org.ocppconnector.gateway.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocppconnector.gateway.core.testing.NettyLeakCheck;
import org.slf4j.LoggerFactory;

/**
 * The admin port over real HTTP, with a real Prometheus registry behind {@code /metrics}, and over
 * raw sockets for what the JDK client cannot send: PROXY protocol headers (as an AWS NLB sends on
 * health checks), split writes, garbage and pipelined requests.
 */
@ExtendWith(NettyLeakCheck.class)
class AdminServerTest {

    private static final String READY = "GET /health/ready HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

    private final HttpClient http = HttpClient.newHttpClient();

    /** Netty logs exceptions that reach the end of a pipeline here: none may. */
    private final ListAppender<ILoggingEvent> pipelineLog = new ListAppender<>();

    @BeforeEach
    void watchPipelineTail() {
        pipelineLog.start();
        pipelineLogger().addAppender(pipelineLog);
    }

    @AfterEach
    void noExceptionReachedThePipelineTail() {
        pipelineLogger().detachAppender(pipelineLog);
        List<String> escaped = pipelineLog.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
        assertEquals(List.of(), escaped, "exceptions that escaped the admin pipeline");
    }

    private static ch.qos.logback.classic.Logger pipelineLogger() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("io.netty.channel.DefaultChannelPipeline");
    }

    private HttpResponse<String> get(AdminServer admin, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesMetricsInThePrometheusTextFormat() throws Exception {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Counter handshakes = Counter.builder("ocpp.handshakes").tag("outcome", "accepted").register(meters);
        handshakes.increment(3);
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, () -> true, meters::scrape)) {
            HttpResponse<String> response = get(admin, "/metrics");
            assertEquals(200, response.statusCode());
            assertEquals("text/plain; version=0.0.4; charset=utf-8",
                    response.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(response.body().contains("ocpp_handshakes_total{outcome=\"accepted\"} 3.0"), response.body());

            handshakes.increment();
            assertTrue(get(admin, "/metrics").body().contains("ocpp_handshakes_total{outcome=\"accepted\"} 4.0"),
                    "each scrape reads the meters anew");
            assertEquals(200, get(admin, "/health/live").statusCode());
            assertEquals(404, get(admin, "/nothing").statusCode());
        }
    }

    @Test
    void readinessFollowsTheSupplier() throws Exception {
        AtomicBoolean ready = new AtomicBoolean();
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, ready::get, () -> "")) {
            assertEquals(503, get(admin, "/health/ready").statusCode());
            ready.set(true);
            assertEquals(200, get(admin, "/health/ready").statusCode());
        }
    }

    @Test
    void failsToStartOnAPortInUse() throws Exception {
        try (AdminServer first = AdminServer.start("127.0.0.1", 0, () -> true, () -> "")) {
            assertThrows(IOException.class, () -> AdminServer.start("127.0.0.1", first.port(), () -> true, () -> ""));
            assertEquals(200, get(first, "/health/live").statusCode());
        }
    }

    @Test
    void answersJsonBodiesAndRefusesOtherMethods() throws Exception {
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, () -> false, () -> "")) {
            HttpResponse<String> down = get(admin, "/health/ready");
            assertEquals("{\"status\":\"DOWN\"}", down.body());
            assertEquals("application/json", down.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("{\"status\":\"UP\"}", get(admin, "/health/live").body());
            assertEquals(200, get(admin, "/health/live?verbose=1").statusCode(), "the query is not part of the path");

            HttpResponse<String> post = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + admin.port() + "/health/live"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, post.statusCode());
            assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
        }
    }

    @Test
    void headHasTheHeadersOfGetAndNoBody() throws Exception {
        String exposition = "# TYPE up gauge\nup 1.0\n";
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, () -> true, () -> exposition);
                Socket socket = connect(admin)) {
            send(socket, "HEAD /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" + READY);
            RawResponse head = RawResponse.readHead(socket.getInputStream());
            assertEquals(200, head.status());
            assertEquals(AdminServer.PROMETHEUS_TEXT, head.headers().get("content-type"));
            assertEquals(String.valueOf(exposition.length()), head.headers().get("content-length"));
            // Had HEAD carried a body, its bytes would be read here instead of the next status line.
            RawResponse next = RawResponse.read(socket.getInputStream());
            assertEquals(200, next.status());
            assertEquals("{\"status\":\"UP\"}", next.body());
        }
    }

    @Test
    void acceptsAProxyV2HeaderOnHealthChecks() throws Exception {
        AtomicBoolean ready = new AtomicBoolean(true);
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, ready::get, () -> "")) {
            RawResponse up = exchange(admin, concat(proxyV2Tcp4(), ascii(READY)));
            assertEquals(200, up.status());
            assertEquals("{\"status\":\"UP\"}", up.body());

            ready.set(false);
            RawResponse down = exchange(admin, concat(proxyV2Tcp4(), ascii(READY)));
            assertEquals(503, down.status());
            assertEquals("{\"status\":\"DOWN\"}", down.body());
        }
    }

    @Test
    void acceptsAProxyV2LocalHeader() throws Exception {
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, () -> true, () -> "")) {
            assertEquals(200, exchange(admin, concat(proxyV2Local(), ascii(READY))).status());
        }
    }

    @Test
    void acceptsAProxyV1Line() throws Exception {
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, () -> false, () -> "")) {
            byte[] v1 = ascii("PROXY TCP4 203.0.113.7 10.0.1.5 51234 8081\r\n");
            assertEquals(503, exchange(admin, concat(v1, ascii(READY))).status());
            assertEquals(503, exchange(admin, concat(ascii("PROXY UNKNOWN\r\n"), ascii(READY))).status());
        }
    }

    @Test
    void acceptsPlainRequestsWithoutAHeader() throws Exception {
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, () -> true, () -> "")) {
            assertEquals(200, exchange(admin, ascii(READY)).status());
            // A request line after empty lines (RFC 9112 §2.2) starts like the v2 signature, then differs.
            assertEquals(200, exchange(admin, ascii("\r\n" + READY)).status());
            assertEquals(200, exchange(admin, ascii("GET /health/live HTTP/1.0\r\n\r\n")).status());
        }
    }

    @Test
    void acceptsHeaderAndRequestSplitIntoSingleBytes() throws Exception {
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, () -> true, () -> "")) {
            for (byte[] request : List.of(concat(proxyV2Tcp4(), ascii(READY)),
                    concat(ascii("PROXY TCP4 203.0.113.7 10.0.1.5 51234 8081\r\n"), ascii(READY)),
                    ascii(READY))) {
                try (Socket socket = connect(admin)) {
                    OutputStream out = socket.getOutputStream();
                    for (byte b : request) {
                        out.write(b);
                        out.flush();
                    }
                    RawResponse response = RawResponse.read(socket.getInputStream());
                    assertEquals(200, response.status());
                    assertEquals("{\"status\":\"UP\"}", response.body());
                }
            }
        }
    }

    @Test
    void closesConnectionsThatStartWithGarbage() throws Exception {
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, () -> true, () -> "")) {
            byte[] corruptSignature = concat(ascii("\r\n\r\n\0\r\nQUIX\n"), new byte[] {0x21, 0x11, 0x00, 0x0c},
                    new byte[] {(byte) 203, 0, 113, 7, 10, 0, 1, 5, (byte) 0xc8, 0x22, 0x1f, (byte) 0x91},
                    ascii(READY));
            byte[] binary = {0x16, 0x03, 0x01, 0x00, (byte) 0xa5, 0x01, 0x00, 0x00, (byte) 0xa1, 0x03, 0x03};
            // A v2 signature with an unknown version (0x31) is detected as PROXY, then refused by the decoder.
            byte[] badVersion = concat(proxyV2Signature(), new byte[] {0x31, 0x11, 0x00, 0x0c}, new byte[12],
                    ascii(READY));
            byte[] badV1 = ascii("PROXY TCP4 not-an-address 10.0.1.5 51234 8081\r\n" + READY);
            for (byte[] garbage : List.of(corruptSignature, binary, badVersion, badV1)) {
                try (Socket socket = connect(admin)) {
                    socket.getOutputStream().write(garbage);
                    socket.getOutputStream().flush();
                    assertClosedWithoutAResponse(socket);
                }
            }
            assertEquals(200, exchange(admin, ascii(READY)).status(), "the server still serves");
        }
    }

    @Test
    void answersAMalformedRequestWith400AndCloses() throws Exception {
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, () -> true, () -> "");
                Socket socket = connect(admin)) {
            send(socket, "GET /health/ready HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n");
            RawResponse response = RawResponse.read(socket.getInputStream());
            assertEquals(400, response.status());
            assertEquals("close", response.headers().get("connection"));
            assertEquals(-1, socket.getInputStream().read(), "closed after the 400");
        }
    }

    @Test
    void keepsConnectionsAliveAndAnswersInOrder() throws Exception {
        AtomicReference<String> scrapeThread = new AtomicReference<>();
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, () -> true, () -> {
                    scrapeThread.set(Thread.currentThread().getName());
                    return "up 1.0\n";
                });
                Socket socket = connect(admin)) {
            socket.getOutputStream().write(concat(proxyV2Tcp4(), ascii(READY)));
            assertEquals(200, RawResponse.read(socket.getInputStream()).status());
            send(socket, "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            RawResponse metrics = RawResponse.read(socket.getInputStream());
            assertEquals(200, metrics.status());
            assertEquals("up 1.0\n", metrics.body());
            assertEquals("admin-metrics", scrapeThread.get(), "the scrape runs off the admin event loop");

            // Pipelined: the health check behind a scrape is answered after it, not before.
            send(socket, "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" + "GET /nothing HTTP/1.1\r\n\r\n" + READY);
            assertEquals("up 1.0\n", RawResponse.read(socket.getInputStream()).body());
            assertEquals(404, RawResponse.read(socket.getInputStream()).status());
            assertEquals(200, RawResponse.read(socket.getInputStream()).status());

            send(socket, "GET /health/live HTTP/1.1\r\nConnection: close\r\n\r\n");
            assertEquals(200, RawResponse.read(socket.getInputStream()).status());
            assertEquals(-1, socket.getInputStream().read(), "closed when the client asked");
        }
    }

    @Test
    void closesIdleConnections() throws Exception {
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, () -> true, () -> "", Duration.ofSeconds(1))) {
            // Warm up first, so the timed connection is not one that class loading kept waiting.
            assertEquals(200, exchange(admin, ascii(READY)).status());
            try (Socket silent = connect(admin)) {
                assertEquals(-1, silent.getInputStream().read(), "a connection that never sends is closed");
            }
            try (Socket socket = connect(admin)) {
                send(socket, READY);
                assertEquals(200, RawResponse.read(socket.getInputStream()).status());
                assertEquals(-1, socket.getInputStream().read(), "closed after the idle timeout");
            }
        }
    }

    // PROXY protocol v2 (haproxy proxy-protocol.txt §2.2): 12-byte signature, version/command,
    // address family/transport, 16-bit length, then the addresses.

    private static byte[] proxyV2Signature() {
        return new byte[] {0x0d, 0x0a, 0x0d, 0x0a, 0x00, 0x0d, 0x0a, 0x51, 0x55, 0x49, 0x54, 0x0a};
    }

    /** v2, PROXY command, TCP over IPv4: 203.0.113.7:51234 to 10.0.1.5:8081. */
    private static byte[] proxyV2Tcp4() {
        ByteBuffer header = ByteBuffer.allocate(16 + 12);
        header.put(proxyV2Signature());
        header.put((byte) 0x21);
        header.put((byte) 0x11);
        header.putShort((short) 12);
        header.put(new byte[] {(byte) 203, 0, 113, 7});
        header.put(new byte[] {10, 0, 1, 5});
        header.putShort((short) 51234);
        header.putShort((short) 8081);
        return header.array();
    }

    /** v2, LOCAL command (the proxy's own connection, e.g. a health check), unspecified family, no addresses. */
    private static byte[] proxyV2Local() {
        return concat(proxyV2Signature(), new byte[] {0x20, 0x00, 0x00, 0x00});
    }

    private static Socket connect(AdminServer admin) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", admin.port()), 5000);
        socket.setSoTimeout(5000);
        socket.setTcpNoDelay(true);
        return socket;
    }

    private static RawResponse exchange(AdminServer admin, byte[] request) throws IOException {
        try (Socket socket = connect(admin)) {
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return RawResponse.read(socket.getInputStream());
        }
    }

    private static void send(Socket socket, String request) throws IOException {
        socket.getOutputStream().write(ascii(request));
        socket.getOutputStream().flush();
    }

    private static void assertClosedWithoutAResponse(Socket socket) throws IOException {
        try {
            assertEquals(-1, socket.getInputStream().read(), "no response, the connection is closed");
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the connection stayed open", e);
        } catch (IOException e) {
            // A reset (the server closed with our bytes unread) is a close too.
            assertTrue(e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("reset"),
                    e.toString());
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** One HTTP/1.1 response read off a socket: status line, headers (lower-cased names), Content-Length body. */
    private record RawResponse(int status, Map<String, String> headers, String body) {

        static RawResponse read(InputStream in) throws IOException {
            RawResponse head = readHead(in);
            int length = Integer.parseInt(head.headers().getOrDefault("content-length", "0"));
            return new RawResponse(head.status(), head.headers(),
                    new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }

        /** The status line and headers only: the response to a HEAD request. */
        static RawResponse readHead(InputStream in) throws IOException {
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).trim());
            }
            return new RawResponse(status, headers, "");
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c == -1) {
                    throw new IOException("connection closed mid-response after \"" + line + "\"");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }
}
