package org.ocppconnector.gateway.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocppconnector.gateway.core.bridge.InMemoryDownlink;
import org.ocppconnector.gateway.core.bridge.InMemoryUplink;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.ocppconnector.gateway.core.testing.NettyLeakCheck;
import org.ocppconnector.gateway.core.testing.TextMessageListener;

/** Graceful shutdown against a real server and JDK WebSocket stations: closes spread over the drain window. */
@ExtendWith(NettyLeakCheck.class)
class GatewayDrainTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int STATIONS = 40;
    private static final Duration WINDOW = Duration.ofSeconds(2);

    private final InMemoryUplink uplink = new InMemoryUplink();
    private final InMemoryDownlink downlink = new InMemoryDownlink();
    private final List<JdkStation> stations = new ArrayList<>();
    private GatewayServer server;

    @AfterEach
    void stop() {
        stations.forEach(JdkStation::close);
        if (server != null) {
            server.close(Duration.ofSeconds(2));
        }
        uplink.close();
    }

    @Test
    void closesStationsWith1001SpreadOverTheWindowAndPublishesEveryDisconnect() throws Exception {
        GatewayConfig config = GatewayConfig.builder()
                .gatewayId("gw-drain").bindAddress("127.0.0.1").port(0).ioThreads(2).build();
        server = GatewayServer.start(config, List.of(new TestProtocol()), uplink, downlink, Clock.systemUTC());
        int port = server.localAddress().getPort();
        Map<String, Long> closedAt = new ConcurrentHashMap<>();
        Map<String, TextMessageListener.Closed> closes = new ConcurrentHashMap<>();
        for (int i = 0; i < STATIONS; i++) {
            String id = "CP" + i;
            JdkStation station = JdkStation.connect(URI.create("ws://127.0.0.1:" + port + "/ocpp/" + id),
                    TestProtocol.SUBPROTOCOL);
            stations.add(station);
            station.closed().thenAccept(closed -> {
                closedAt.put(id, System.nanoTime());
                closes.put(id, closed);
            });
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (server.connectedStations() < STATIONS && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(STATIONS, server.connectedStations());
        assertTrue(server.isReady());

        long start = System.nanoTime();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> server.close(WINDOW, Duration.ofSeconds(3)));
        // Not ready and not accepting from the start, while stations are still being closed.
        deadline = System.nanoTime() + WAIT.toNanos();
        while (server.isReady() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertFalse(server.isReady(), "ready during the drain");
        assertThrows(Exception.class, () -> JdkStation.connect(URI.create("ws://127.0.0.1:" + port + "/ocpp/LATE"),
                TestProtocol.SUBPROTOCOL), "accepted a connection during the drain");
        assertTrue(closes.size() < STATIONS / 2, "half the stations closed at the start: " + closes.size());

        closing.get(WINDOW.plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
        long returned = System.nanoTime() - start;
        // Every disconnect event was handed to the uplink before close() returned.
        List<CloudEvent> disconnects = uplink.events().stream()
                .filter(e -> e.type().equals(EventTypes.STATION_DISCONNECTED)).toList();
        assertEquals(STATIONS, disconnects.size());
        assertTrue(disconnects.stream().allMatch(e -> e.data().get("closeCode").asInt() == 1001), "close codes: "
                + disconnects.stream().map(e -> e.data().get("closeCode").asText()).toList());
        assertEquals(STATIONS, disconnects.stream().map(CloudEvent::subject).distinct().count());

        deadline = System.nanoTime() + WAIT.toNanos();
        while (closes.size() < STATIONS && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(STATIONS, closes.size());
        for (TextMessageListener.Closed closed : closes.values()) {
            assertEquals(1001, closed.code());
            assertEquals(GatewayServer.SHUTDOWN_REASON, closed.reason());
        }
        List<Long> millis = closedAt.values().stream().map(t -> TimeUnit.NANOSECONDS.toMillis(t - start)).sorted()
                .collect(Collectors.toList());
        long window = WINDOW.toMillis();
        // Evenly spread: one slice of the window per station (50 ms here), so about 4 fall in its first 10 %.
        long early = millis.stream().filter(t -> t < window / 10).count();
        assertTrue(early <= STATIONS / 4, "closes in the first 10 % of the window: " + millis);
        long firstHalf = millis.stream().filter(t -> t < window / 2).count();
        assertTrue(firstHalf >= STATIONS / 4 && firstHalf <= STATIONS * 3 / 4, "closes in the first half: " + millis);
        assertTrue(millis.get(millis.size() - 1) >= window * 3 / 4, "the last close long before the end: " + millis);
        assertTrue(millis.get(millis.size() - 1) <= window + 1500, "closes after window + slack: " + millis);
        assertTrue(TimeUnit.NANOSECONDS.toMillis(returned) <= window + 3000, "close() took " + returned / 1_000_000 + " ms");
        server = null;
    }

    @Test
    void zeroWindowClosesAllAtOnce() throws Exception {
        GatewayConfig config = GatewayConfig.builder()
                .gatewayId("gw-drain").bindAddress("127.0.0.1").port(0).ioThreads(2).build();
        server = GatewayServer.start(config, List.of(new TestProtocol()), uplink, downlink, Clock.systemUTC());
        URI uri = URI.create("ws://127.0.0.1:" + server.localAddress().getPort() + "/ocpp/CP1");
        JdkStation station = JdkStation.connect(uri, TestProtocol.SUBPROTOCOL);
        stations.add(station);
        uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED), WAIT);
        server.close(Duration.ZERO, Duration.ofSeconds(2));
        assertEquals(1001, station.awaitClose(WAIT).code());
        assertEquals(1, uplink.events().stream().filter(e -> e.type().equals(EventTypes.STATION_DISCONNECTED)).count());
        // Idempotent.
        server.close(Duration.ofSeconds(1), Duration.ofSeconds(1));
        server = null;
    }
}
