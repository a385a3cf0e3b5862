package org.ocppconnector.gateway.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocppconnector.gateway.core.bridge.InMemoryDownlink;
import org.ocppconnector.gateway.core.bridge.InMemoryUplink;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.ocppconnector.gateway.core.testing.NettyLeakCheck;

/**
 * A connection flood on loopback: 1500 connect-and-close sockets, then 1000 half-open ones
 * (connected, silent) against a cap of 300 connections, while five real WebSocket stations keep
 * sending CALLs. Sockets over the cap are closed at accept, the ones inside it by the handshake
 * deadline; the stations keep their sockets, every CALL is answered and latency stays near the
 * quiet baseline.
 */
@ExtendWith(NettyLeakCheck.class)
class ConnectionFloodIT {

    private static final int MAX_CONNECTIONS = 300;
    private static final int CHURN = 1_500;
    private static final int HALF_OPEN = 1_000;
    private static final int STATIONS = 5;
    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SLACK = Duration.ofSeconds(4);

    private final InMemoryUplink uplink = new InMemoryUplink();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private GatewayServer server;
    private final List<JdkStation> stations = new ArrayList<>();
    private final List<SocketChannel> halfOpen = new ArrayList<>();

    @AfterEach
    void stop() {
        halfOpen.forEach(ConnectionFloodIT::closeQuietly);
        stations.forEach(JdkStation::close);
        if (server != null) {
            server.close(Duration.ofSeconds(2));
        }
        uplink.close();
    }

    private double refusedConnections() {
        return meters.find("ocpp.limits.rejected").tag("limit", "connections").counter().count();
    }

    private JdkStation connect(String id) throws Exception {
        JdkStation station = JdkStation.connect(URI.create("ws://127.0.0.1:" + server.localAddress().getPort()
                + "/ocpp/" + id), TestProtocol.SUBPROTOCOL);
        uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED) && e.subject().equals(id),
                Duration.ofSeconds(5));
        return station;
    }

    @Test
    void floodIsCappedAndClosedWhileStationsAreServed() throws Exception {
        GatewayConfig config = GatewayConfig.builder()
                .gatewayId("gw-flood").bindAddress("127.0.0.1").port(0).ioThreads(2)
                .handshakeTimeout(HANDSHAKE_TIMEOUT)
                .limits(GatewayConfig.Limits.builder().maxConnections(MAX_CONNECTIONS).stationMessagesPerSecond(0)
                        .build())
                .build();
        server = GatewayServer.start(config, List.of(new TestProtocol()), uplink, new InMemoryDownlink(),
                Clock.systemUTC(), meters);
        for (int i = 0; i < STATIONS; i++) {
            stations.add(connect("GOOD-" + i));
        }
        AttackBench.roundTrips(stations, 50, "warm");
        long[] quiet = AttackBench.roundTrips(stations, 150, "quiet");
        long baseline = AttackBench.p99(quiet);
        long heapBefore = AttackBench.usedHeapAfterGc();

        CompletableFuture<Long> flood = CompletableFuture.supplyAsync(this::flood);
        long[] during = AttackBench.roundTrips(stations, 150, "flood");
        long floodEnd = flood.get();
        long heapDuring = AttackBench.usedHeapAfterGc();

        // At most MAX_CONNECTIONS - STATIONS half-open sockets fit; the rest were refused at accept.
        assertTrue(refusedConnections() >= HALF_OPEN - (MAX_CONNECTIONS - STATIONS),
                "refused " + refusedConnections());
        long deadline = floodEnd + HANDSHAKE_TIMEOUT.plus(SLACK).toNanos();
        int open = awaitAllClosed(deadline);
        assertEquals(0, open, "half-open sockets still open " + HANDSHAKE_TIMEOUT.plus(SLACK) + " after the flood");
        assertEquals(STATIONS, server.connectedStations(), "the stations kept their sockets");

        long p99 = AttackBench.p99(during);
        assertTrue(p99 < AttackBench.latencyBoundNanos(baseline), "during the flood " + AttackBench.summary(during)
                + " vs quiet " + AttackBench.summary(quiet));
        long heapGrowth = heapDuring - heapBefore;
        assertTrue(heapGrowth < 64L * 1024 * 1024, "heap grew by " + heapGrowth / 1024 + " KiB during the flood");
        System.out.printf("connection flood: quiet %s, flood %s, %d connections refused, heap +%d KiB%n",
                AttackBench.summary(quiet), AttackBench.summary(during), (long) refusedConnections(),
                heapGrowth / 1024);

        // Every slot came back: a new station connects once the flood is gone.
        try (JdkStation late = connect("LATE")) {
            AttackBench.roundTrips(List.of(late), 5, "late");
        }
    }

    /** Churn, then half-open sockets kept in {@link #halfOpen}; returns when the last connected. */
    private long flood() {
        try {
            for (int i = 0; i < CHURN; i++) {
                SocketChannel.open(server.localAddress()).close();
                pace(i);
            }
            for (int i = 0; i < HALF_OPEN; i++) {
                pace(i);
                SocketChannel socket = SocketChannel.open(server.localAddress());
                socket.configureBlocking(false);
                synchronized (halfOpen) {
                    halfOpen.add(socket);
                }
            }
            return System.nanoTime();
        } catch (IOException e) {
            throw new IllegalStateException("flood connect failed", e);
        }
    }

    /**
     * At most about 2000 connects a second: the attacker shares this JVM's two cores with the
     * gateway and the stations, and a flood that starves them of CPU measures the test machine,
     * not the gateway. A real flood comes from other machines.
     */
    private static void pace(int i) {
        if (i % 40 == 39) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Watches the half-open sockets for the server's close until {@code deadline}; returns how many stay open. */
    private int awaitAllClosed(long deadline) throws InterruptedException {
        List<SocketChannel> open;
        synchronized (halfOpen) {
            open = new ArrayList<>(halfOpen);
        }
        ByteBuffer sink = ByteBuffer.allocate(64);
        while (!open.isEmpty() && System.nanoTime() < deadline) {
            open.removeIf(socket -> {
                try {
                    sink.clear();
                    int read = socket.read(sink);
                    if (read > 0) {
                        throw new AssertionError("a silent client got data");
                    }
                    return read < 0;
                } catch (IOException reset) {
                    return true;
                }
            });
            Thread.sleep(50);
        }
        return open.size();
    }

    private static void closeQuietly(SocketChannel socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }
}
