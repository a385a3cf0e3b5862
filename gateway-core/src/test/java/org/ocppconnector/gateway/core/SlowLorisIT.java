package org.ocppconnector.gateway.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
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
 * Slow-loris on loopback: 500 sockets trickle an upgrade request one byte per second, and a
 * further 100 connect and send nothing, while five real WebSocket stations keep sending CALLs.
 * The handshake deadline (counted from TCP accept, not from the last byte) closes every attacker;
 * the stations are all answered and their latency stays near the quiet baseline.
 */
@ExtendWith(NettyLeakCheck.class)
class SlowLorisIT {

    private static final int TRICKLERS = 500;
    private static final int SILENT = 100;
    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(3);
    /** The handshake deadline plus scheduling slack on a busy machine. */
    private static final Duration CLOSE_DEADLINE = HANDSHAKE_TIMEOUT.plusSeconds(4);
    private static final byte[] REQUEST = ("GET /ocpp/LORIS HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
            + "Sec-WebSocket-Protocol: ocpp-test\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

    private final InMemoryUplink uplink = new InMemoryUplink();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private GatewayServer server;
    private final List<JdkStation> stations = new ArrayList<>();
    private final List<SocketChannel> attackers = new ArrayList<>();

    @AfterEach
    void stop() {
        attackers.forEach(SlowLorisIT::closeQuietly);
        stations.forEach(JdkStation::close);
        if (server != null) {
            server.close(Duration.ofSeconds(2));
        }
        uplink.close();
    }

    @Test
    void tricklingAndSilentClientsAreClosedByTheHandshakeDeadlineWhileStationsAreServed() throws Exception {
        GatewayConfig config = GatewayConfig.builder()
                .gatewayId("gw-loris").bindAddress("127.0.0.1").port(0).ioThreads(2)
                .handshakeTimeout(HANDSHAKE_TIMEOUT)
                .limits(GatewayConfig.Limits.builder().maxConnections(2_000).stationMessagesPerSecond(0).build())
                .build();
        server = GatewayServer.start(config, List.of(new TestProtocol()), uplink, new InMemoryDownlink(),
                Clock.systemUTC(), meters);
        for (int i = 0; i < 5; i++) {
            String id = "GOOD-" + i;
            stations.add(JdkStation.connect(URI.create("ws://127.0.0.1:" + server.localAddress().getPort()
                    + "/ocpp/" + id), TestProtocol.SUBPROTOCOL));
            uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED) && e.subject().equals(id),
                    Duration.ofSeconds(5));
        }
        AttackBench.roundTrips(stations, 50, "warm");
        long baseline = AttackBench.p99(AttackBench.roundTrips(stations, 100, "quiet"));
        long heapBefore = AttackBench.usedHeapAfterGc();

        long attackStart = System.nanoTime();
        for (int i = 0; i < TRICKLERS + SILENT; i++) {
            SocketChannel socket = SocketChannel.open(server.localAddress());
            socket.configureBlocking(false);
            attackers.add(socket);
        }
        CompletableFuture<long[]> closedAt = CompletableFuture.supplyAsync(() -> trickleUntilClosed(attackStart));

        long[] during = AttackBench.roundTrips(stations, 100, "attack");
        long heapDuring = AttackBench.usedHeapAfterGc();
        long[] closeTimes = closedAt.get();

        long latest = 0;
        for (long t : closeTimes) {
            latest = Math.max(latest, t);
        }
        assertTrue(latest > 0 && latest - attackStart <= CLOSE_DEADLINE.toNanos(),
                "every attacker closed within " + CLOSE_DEADLINE + "; last after "
                        + AttackBench.millis(latest - attackStart));
        double timeouts = meters.find("ocpp.handshakes").tag("outcome", "timeout").counter().count();
        assertEquals(TRICKLERS + SILENT, timeouts, 0.0, "each attacker counted as a handshake timeout");
        assertEquals(0, server.connectedStations() - stations.size(), "no attacker became a station");
        long p99 = AttackBench.p99(during);
        assertTrue(p99 < AttackBench.latencyBoundNanos(baseline), "p99 during the attack " + AttackBench.millis(p99)
                + " vs quiet " + AttackBench.millis(baseline));
        long heapGrowth = heapDuring - heapBefore;
        assertTrue(heapGrowth < 64L * 1024 * 1024, "heap grew by " + heapGrowth / 1024 + " KiB during the attack");
        System.out.printf("slow-loris: quiet p99 %s, attack p99 %s, last attacker closed after %s, heap +%d KiB%n",
                AttackBench.millis(baseline), AttackBench.millis(p99), AttackBench.millis(latest - attackStart),
                heapGrowth / 1024);
        // Still serving after the attack.
        AttackBench.roundTrips(stations, 10, "after");
    }

    /**
     * Writes the next request byte to each trickler once a second and watches every attacker for
     * the server's close; gives up at twice the deadline.
     *
     * @return per attacker the {@link System#nanoTime()} its close was seen, 0 if never
     */
    private long[] trickleUntilClosed(long start) {
        int count = attackers.size();
        long[] closedAt = new long[count];
        int open = count;
        int sent = 0;
        long nextByte = start;
        ByteBuffer sink = ByteBuffer.allocate(512);
        long giveUp = start + 2 * CLOSE_DEADLINE.toNanos();
        while (open > 0 && System.nanoTime() < giveUp) {
            boolean trickle = System.nanoTime() >= nextByte && sent < REQUEST.length;
            for (int i = 0; i < count; i++) {
                if (closedAt[i] != 0) {
                    continue;
                }
                SocketChannel socket = attackers.get(i);
                try {
                    if (trickle && i < TRICKLERS) {
                        socket.write(ByteBuffer.wrap(REQUEST, sent, 1));
                    }
                    sink.clear();
                    if (socket.read(sink) < 0) {
                        closedAt[i] = System.nanoTime();
                        open--;
                    } else if (sink.position() > 0) {
                        throw new AssertionError("attacker " + i + " got a response to an unfinished request");
                    }
                } catch (IOException reset) {
                    closedAt[i] = System.nanoTime();
                    open--;
                }
            }
            if (trickle) {
                sent++;
                nextByte += 1_000_000_000L;
            }
            sleep(20);
        }
        return closedAt;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void closeQuietly(SocketChannel socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }
}
