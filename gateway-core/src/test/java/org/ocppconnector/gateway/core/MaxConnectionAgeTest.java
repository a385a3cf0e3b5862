package org.ocppconnector.gateway.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocppconnector.gateway.core.bridge.InMemoryDownlink;
import org.ocppconnector.gateway.core.bridge.InMemoryUplink;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.core.testing.NettyLeakCheck;
import org.ocppconnector.gateway.core.testing.TextMessageListener;

/** The jittered maximum connection age on a real server with JDK WebSocket stations. */
@ExtendWith(NettyLeakCheck.class)
class MaxConnectionAgeTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    // Long enough for a command to reach the station before the age is up, also on a busy machine.
    private static final Duration AGE = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = OcppJson.newMapper();

    private final InMemoryUplink uplink = new InMemoryUplink();
    private final InMemoryDownlink downlink = new InMemoryDownlink();
    private GatewayServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close(Duration.ofSeconds(2));
        }
        uplink.close();
    }

    private JdkStation connect(Duration maxAge, String stationId) throws Exception {
        GatewayConfig config = GatewayConfig.builder()
                .gatewayId("gw-age").bindAddress("127.0.0.1").port(0).ioThreads(2).maxConnectionAge(maxAge).build();
        server = GatewayServer.start(config, List.of(new TestProtocol()), uplink, downlink, Clock.systemUTC());
        return JdkStation.connect(URI.create("ws://127.0.0.1:" + server.localAddress().getPort() + "/ocpp/" + stationId),
                TestProtocol.SUBPROTOCOL);
    }

    private CloudEvent disconnected(String stationId) throws Exception {
        return uplink.await(e -> e.type().equals(EventTypes.STATION_DISCONNECTED) && e.subject().equals(stationId),
                WAIT);
    }

    @Test
    void closesAnIdleConnectionWith1001AtItsJitteredAge() throws Exception {
        long start = System.nanoTime();
        try (JdkStation station = connect(AGE, "CP1")) {
            TextMessageListener.Closed closed = station.awaitClose(WAIT);
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals(1001, closed.code());
            assertEquals(StationChannelHandler.MAX_AGE_REASON, closed.reason());
            // The age minus the jitter at the earliest; later only by the scheduling delay.
            assertTrue(elapsed >= AGE.toMillis() * 9 / 10, "closed after " + elapsed + " ms");
            assertTrue(elapsed <= AGE.toMillis() * 11 / 10 + 3000, "closed after " + elapsed + " ms");
            CloudEvent gone = disconnected("CP1");
            assertEquals(1001, gone.data().get("closeCode").asInt());
            assertEquals(StationChannelHandler.MAX_AGE_REASON, gone.data().get("reason").asText());
        }
    }

    @Test
    void waitsForTheCommandInFlightBeforeClosing() throws Exception {
        try (JdkStation station = connect(AGE, "CP2")) {
            uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED), WAIT);
            ObjectNode data = (ObjectNode) JSON.readTree(
                    "{\"action\":\"Reset\",\"payload\":{\"type\":\"Soft\"},\"timeoutSeconds\":30}");
            downlink.send(new CloudEvent("cmd-age", "/backend", EventTypes.COMMAND, "CP2", Instant.now(), null, data));
            JsonNode call = JSON.readTree(station.receive(WAIT));
            assertEquals("Reset", call.get(2).asText());
            // Past the age and its jitter: still open, as the command is in flight.
            Thread.sleep(AGE.toMillis() * 2);
            assertFalse(station.closed().isDone(), "closed with a command in flight: " + station.closed().getNow(null));
            station.send("[3,\"" + call.get(1).asText() + "\",{\"status\":\"Accepted\"}]");
            TextMessageListener.Closed closed = station.awaitClose(WAIT);
            assertEquals(1001, closed.code());
            assertEquals(StationChannelHandler.MAX_AGE_REASON, closed.reason());
            CloudEvent result = uplink.await(e -> e.type().equals(EventTypes.COMMAND_RESULT), WAIT);
            assertEquals("Completed", result.data().get("outcome").asText());
            assertEquals(1001, disconnected("CP2").data().get("closeCode").asInt());
        }
    }

    @Test
    void offByDefault() throws Exception {
        assertEquals(Duration.ZERO, GatewayConfig.builder().build().maxConnectionAge());
        try (JdkStation station = connect(Duration.ZERO, "CP3")) {
            uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED), WAIT);
            station.send("[2,\"hb\",\"Heartbeat\",{}]");
            assertTrue(station.receive(WAIT).startsWith("[3,\"hb\""));
            assertFalse(station.closed().isDone());
        }
    }
}
