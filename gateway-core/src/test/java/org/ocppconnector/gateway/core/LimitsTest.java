package org.ocppconnector.gateway.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocppconnector.gateway.core.bridge.InMemoryDownlink;
import org.ocppconnector.gateway.core.bridge.InMemoryUplink;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.ocppconnector.gateway.core.testing.NettyLeakCheck;

/** The abuse limits and PROXY protocol against a real server on port 0. */
@ExtendWith(NettyLeakCheck.class)
class LimitsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final InMemoryUplink uplink = new InMemoryUplink();
    private final InMemoryDownlink downlink = new InMemoryDownlink();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    /** Stands still, so token buckets refill only when a test advances it. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
    private GatewayServer server;

    private void start(Consumer<GatewayConfig.Builder> config, Consumer<GatewayConfig.LimitsBuilder> limits)
            throws Exception {
        GatewayConfig.LimitsBuilder limitsBuilder = GatewayConfig.Limits.builder();
        limits.accept(limitsBuilder);
        GatewayConfig.Builder builder = GatewayConfig.builder()
                .gatewayId("gw-test").bindAddress("127.0.0.1").port(0).ioThreads(2)
                .limits(limitsBuilder.build());
        config.accept(builder);
        server = GatewayServer.start(builder.build(), List.of(new TestProtocol()), uplink, downlink, clock, meters);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close(Duration.ofSeconds(2));
        }
        uplink.close();
    }

    private double rejected(String limit) {
        var counter = meters.find("ocpp.limits.rejected").tag("limit", limit).counter();
        return counter == null ? -1 : counter.count();
    }

    private URI uri(String stationId) {
        return URI.create("ws://127.0.0.1:" + server.localAddress().getPort() + "/ocpp/" + stationId);
    }

    private JdkStation connect(String stationId) throws Exception {
        JdkStation station = JdkStation.connect(uri(stationId), TestProtocol.SUBPROTOCOL);
        uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED) && e.subject().equals(stationId), WAIT);
        return station;
    }

    @Test
    void everyLimitCounterIsRegisteredUpFront() throws Exception {
        start(c -> {}, l -> {});
        for (String limit : List.of("connections", "handshake_rate", "message_rate", "message_rate_close",
                "proxy_header", "write_stall")) {
            assertEquals(0.0, rejected(limit), limit);
        }
    }

    @Test
    void limitsAreValidated() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> GatewayConfig.Limits.builder().maxConnections(0).build());
        assertEquals("maxConnections: 0 (expected: >= 1)", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> GatewayConfig.Limits.builder().stationMessageBurst(0).build());
        assertThrows(IllegalArgumentException.class,
                () -> GatewayConfig.Limits.builder().handshakesPerSecondPerAddress(-1).build());
        assertThrows(IllegalArgumentException.class,
                () -> GatewayConfig.Limits.builder().writeStallTimeout(Duration.ZERO).build());
    }

    @Test
    void connectionsOverTheMaximumAreClosedAtAccept() throws Exception {
        start(c -> {}, l -> l.maxConnections(2));
        try (JdkStation first = connect("CP1"); JdkStation second = connect("CP2")) {
            try (Socket third = new Socket()) {
                third.connect(server.localAddress(), 5000);
                third.setSoTimeout(5000);
                third.getOutputStream().write("GET /ocpp/CP3 HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
                assertEquals(-1, readOrEof(third.getInputStream()), "closed without an HTTP response");
            }
            assertEquals(1.0, rejected("connections"));
            first.send("[2,\"ok\",\"Heartbeat\",{}]");
            assertTrue(first.receive(WAIT).startsWith("[3,\"ok\""), "the stations inside the limit are untouched");
            first.close();
            uplink.await(e -> e.type().equals(EventTypes.STATION_DISCONNECTED) && e.subject().equals("CP1"), WAIT);
            // The closed connection's slot is free again; its count drops when its socket closes.
            awaitTrue(() -> {
                try (JdkStation again = connect("CP4")) {
                    return true;
                } catch (Exception | AssertionError e) {
                    return false;
                }
            });
        }
    }

    @Test
    void handshakesOverTheRateOfAnAddressGet429() throws Exception {
        start(c -> {}, l -> l.handshakesPerSecondPerAddress(1).handshakeBurstPerAddress(2));
        InetAddress one = InetAddress.getByName("127.0.0.1");
        InetAddress two = InetAddress.getByName("127.0.0.2");
        assertTrue(upgradeHead(one, "CP1").startsWith("HTTP/1.1 101"));
        assertTrue(upgradeHead(one, "CP2").startsWith("HTTP/1.1 101"));
        String refused = upgradeHead(one, "CP3");
        assertTrue(refused.startsWith("HTTP/1.1 429"), refused);
        assertTrue(refused.toLowerCase(java.util.Locale.ROOT).contains("retry-after: 1\r\n"), refused);
        assertTrue(upgradeHead(two, "CP4").startsWith("HTTP/1.1 101"), "another address has its own bucket");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(upgradeHead(one, "CP5").startsWith("HTTP/1.1 101"), "one token back after a second");
        assertTrue(upgradeHead(one, "CP6").startsWith("HTTP/1.1 429"));
        assertEquals(2.0, rejected("handshake_rate"));
    }

    @Test
    void callsOverTheMessageRateGetGenericErrorAreNotPublishedAndAbuseCloses1008() throws Exception {
        start(c -> {}, l -> l.stationMessagesPerSecond(1).stationMessageBurst(3).stationRefusedMessagesBeforeClose(2));
        try (JdkStation station = connect("CP1"); JdkStation other = connect("CP2")) {
            for (int i = 1; i <= 3; i++) {
                station.send("[2,\"hb-" + i + "\",\"Heartbeat\",{}]");
                assertTrue(station.receive(WAIT).startsWith("[3,\"hb-" + i + "\""), "within the burst");
            }
            station.send("[2,\"hb-4\",\"Heartbeat\",{}]");
            assertEquals("[4,\"hb-4\",\"GenericError\",\"rate limit exceeded: at most 1 messages per second, "
                    + "retry later\",{}]", station.receive(WAIT));
            // A response over the rate is dropped, not answered; it still counts as refused.
            station.send("[3,\"nothing\",{}]");
            other.send("[2,\"o-1\",\"Heartbeat\",{}]");
            assertTrue(other.receive(WAIT).startsWith("[3,\"o-1\""), "another station has its own bucket");
            // The dropped response gets no answer to wait for, and CP1 may be on another event loop
            // than CP2: wait (bounded) for its count.
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (rejected("message_rate") < 2.0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(2.0, rejected("message_rate"));
            station.send("[2,\"hb-5\",\"Heartbeat\",{}]");
            assertEquals(1008, station.awaitClose(WAIT).code());
            CloudEvent gone = uplink.await(e -> e.type().equals(EventTypes.STATION_DISCONNECTED)
                    && e.subject().equals("CP1"), WAIT);
            assertEquals(1008, gone.data().get("closeCode").asInt());
            assertEquals(1.0, rejected("message_rate_close"));
            List<String> published = uplink.events().stream()
                    .filter(e -> e.subject().equals("CP1"))
                    .filter(e -> e.type().equals(EventTypes.CALL) || e.type().equals(EventTypes.CALL_REJECTED))
                    .map(e -> e.data().get("messageId").asText())
                    .toList();
            assertEquals(List.of("hb-1", "hb-2", "hb-3"), published, "refused messages never reach the uplink");
            assertEquals(1.0, meters.find("ocpp.callerrors.sent").tag("code", "GenericError").counter().count());
        }
    }

    @Test
    void messageRateRefillsWithTheClock() throws Exception {
        start(c -> {}, l -> l.stationMessagesPerSecond(2).stationMessageBurst(1).stationRefusedMessagesBeforeClose(5));
        try (JdkStation station = connect("CP1")) {
            station.send("[2,\"a\",\"Heartbeat\",{}]");
            assertTrue(station.receive(WAIT).startsWith("[3,\"a\""));
            station.send("[2,\"b\",\"Heartbeat\",{}]");
            assertTrue(station.receive(WAIT).startsWith("[4,\"b\",\"GenericError\""));
            clock.advance(Duration.ofMillis(500));
            station.send("[2,\"c\",\"Heartbeat\",{}]");
            assertTrue(station.receive(WAIT).startsWith("[3,\"c\""), "a token after 1/rate seconds");
        }
    }

    @Test
    void fragmentedMessagesAreJoinedOnlyUpToTheFrameLimit() throws Exception {
        start(c -> c.maxFrameBytes(2048), l -> {});
        try (JdkStation station = connect("CP1")) {
            station.sendPart("[2,\"f1\",\"Authorize\",", false);
            station.sendPart("{\"idTag\":\"T\"}]", true);
            CloudEvent call = uplink.await(e -> e.type().equals(EventTypes.CALL), WAIT);
            assertEquals("f1", call.data().get("messageId").asText(), "fragments within the limit are joined");
            station.sendPart("[2,\"f2\",\"Authorize\",{\"idTag\":\"", false);
            for (int i = 0; i < 3; i++) {
                station.sendPart("x".repeat(1000), false);
            }
            assertEquals(1009, station.awaitClose(WAIT).code(), "fragments over the limit close with 1009");
        }
    }

    @Test
    void oversizeUpgradeHeadersAreRefusedNotBuffered() throws Exception {
        start(c -> {}, l -> {});
        try (Socket socket = new Socket()) {
            socket.connect(server.localAddress(), 5000);
            socket.setSoTimeout(5000);
            // 8 KiB bounds the request head; a 16 KiB header is refused with a 4xx and closed.
            socket.getOutputStream().write(("GET /ocpp/CP1 HTTP/1.1\r\nHost: x\r\nX-Padding: " + "p".repeat(16 * 1024)
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Protocol: ocpp-test\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertTrue(status.startsWith("HTTP/1.1 4"), status);
            try {
                socket.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } catch (java.net.SocketException reset) {
                // closed with unread input: a reset is a close too
            }
        }
        assertEquals(0, server.connectedStations());
    }

    // ---- PROXY protocol ----

    /** PROXY protocol v2 signature (haproxy proxy-protocol.txt §2.2). */
    private static final byte[] V2_SIGNATURE = {0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A};

    /** A v2 header: version 2 and the command, family/transport, length, addresses, then TLVs. */
    private static byte[] v2Header(int command, int familyAndTransport, byte[] addresses, byte[] tlvs) {
        ByteBuffer b = ByteBuffer.allocate(16 + addresses.length + tlvs.length);
        b.put(V2_SIGNATURE);
        b.put((byte) (0x20 | command));
        b.put((byte) familyAndTransport);
        b.putShort((short) (addresses.length + tlvs.length));
        b.put(addresses);
        b.put(tlvs);
        return b.array();
    }

    private static byte[] inetAddresses(String source, String destination, int sourcePort, int destinationPort)
            throws Exception {
        byte[] src = InetAddress.getByName(source).getAddress();
        byte[] dst = InetAddress.getByName(destination).getAddress();
        ByteBuffer b = ByteBuffer.allocate(src.length * 2 + 4);
        b.put(src).put(dst).putShort((short) sourcePort).putShort((short) destinationPort);
        return b.array();
    }

    /** Sends {@code header} then an upgrade for {@code stationId}; returns the remoteAddress the gateway saw. */
    private String connectThroughProxy(byte[] header, String stationId) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(server.localAddress(), 5000);
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(header);
            assertEquals(101, RawHttp.upgrade(socket, "/ocpp/" + stationId, TestProtocol.SUBPROTOCOL));
            CloudEvent connected = uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED)
                    && e.subject().equals(stationId), WAIT);
            return connected.data().get("remoteAddress").asText();
        }
    }

    @Test
    void proxyProtocolGivesTheClientAddressOfV1AndV2Headers() throws Exception {
        start(c -> c.proxyProtocol(true), l -> l.handshakesPerSecondPerAddress(1).handshakeBurstPerAddress(1));
        assertEquals("203.0.113.7:51234", connectThroughProxy(
                "PROXY TCP4 203.0.113.7 192.0.2.1 51234 443\r\n".getBytes(StandardCharsets.US_ASCII), "V1"));
        // TCP over IPv4 (0x11) with a NOOP TLV (type 0x04), as load balancers may add TLVs.
        byte[] noop = {0x04, 0x00, 0x02, 0x00, 0x00};
        assertEquals("198.51.100.20:40001", connectThroughProxy(
                v2Header(0x1, 0x11, inetAddresses("198.51.100.20", "10.0.0.5", 40001, 8080), noop), "V2"));
        // TCP over IPv6 (0x21).
        assertEquals("2001:db8:0:0:0:0:0:7:50000", connectThroughProxy(
                v2Header(0x1, 0x21, inetAddresses("2001:db8::7", "2001:db8::1", 50000, 8080), new byte[0]), "V2-6"));
        // The three came from one socket address but three clients: the handshake rate (1, burst
        // 1) is per client address, so none was refused.
        assertEquals(0.0, rejected("handshake_rate"));
    }

    @Test
    void proxyLocalCommandKeepsTheSocketAddress() throws Exception {
        start(c -> c.proxyProtocol(true), l -> {});
        // LOCAL (0x0) with family UNSPEC (0x00) and no addresses: a load balancer health check.
        String address = connectThroughProxy(v2Header(0x0, 0x00, new byte[0], new byte[0]), "LOCAL");
        assertTrue(address.startsWith("127.0.0.1:"), address);
        // A health check that connects, sends its header and leaves is no error either.
        try (Socket check = new Socket()) {
            check.connect(server.localAddress(), 5000);
            check.getOutputStream().write(v2Header(0x0, 0x00, new byte[0], new byte[0]));
        }
        // Nor is a TCP check that connects and closes without sending anything.
        try (Socket check = new Socket()) {
            check.connect(server.localAddress(), 5000);
        }
        // A connection that does send something else is counted; it comes last, so once it is
        // counted the health checks before it have been handled too.
        try (Socket other = new Socket()) {
            other.connect(server.localAddress(), 5000);
            other.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        awaitTrue(() -> rejected("proxy_header") >= 1.0);
        assertEquals(1.0, rejected("proxy_header"), "only the connection without a header");
    }

    @Test
    void connectionWithoutProxyHeaderIsClosedWhenProxyProtocolIsOn() throws Exception {
        start(c -> c.proxyProtocol(true), l -> {});
        try (Socket socket = new Socket()) {
            socket.connect(server.localAddress(), 5000);
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET /ocpp/CP1 HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ocpp-test\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            assertEquals(-1, readOrEof(socket.getInputStream()), "closed without an HTTP response");
        }
        awaitTrue(() -> rejected("proxy_header") >= 1.0);
        assertEquals(1.0, rejected("proxy_header"));
        assertTrue(uplink.events().stream().noneMatch(e -> e.type().equals(EventTypes.STATION_CONNECTED)));
    }

    // ---- helpers ----

    /** -1 at end of stream, also when the peer reset the connection; fails if data arrives. */
    private static int readOrEof(InputStream in) throws Exception {
        try {
            int b = in.read();
            assertEquals(-1, b, "expected the server to close, got data");
            return b;
        } catch (java.net.SocketException reset) {
            return -1;
        }
    }

    /** An upgrade request from {@code local}; the response head, lines joined with CRLF. */
    private String upgradeHead(InetAddress local, String stationId) throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(server.localAddress(), 5000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /ocpp/" + stationId + " HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ocpp-test\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) != -1) {
                head.write(c);
                String text = head.toString(StandardCharsets.US_ASCII);
                if (text.endsWith("\r\n\r\n")) {
                    return text;
                }
            }
            return head.toString(StandardCharsets.US_ASCII);
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            Thread.sleep(20);
        }
    }
}
