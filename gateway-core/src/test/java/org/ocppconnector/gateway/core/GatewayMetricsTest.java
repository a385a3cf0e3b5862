package org.ocppconnector.gateway.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocppconnector.gateway.core.bridge.InMemoryDownlink;
import org.ocppconnector.gateway.core.bridge.InMemoryUplink;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.core.testing.NettyLeakCheck;

/** The {@code ocpp.*} meters against a real server, JDK WebSocket clients and the test protocol. */
@ExtendWith(NettyLeakCheck.class)
class GatewayMetricsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final InMemoryUplink uplink = new InMemoryUplink();
    private final InMemoryDownlink downlink = new InMemoryDownlink();
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private GatewayServer server;

    @BeforeEach
    void start() throws Exception {
        GatewayConfig config = GatewayConfig.builder()
                .gatewayId("gw-test").bindAddress("127.0.0.1").port(0).ioThreads(2)
                .backendReplyTimeout(Duration.ofMillis(200))
                // unknownActionsDoNotCreateMeters sends 1000 CALLs at once.
                .limits(GatewayConfig.Limits.builder().stationMessagesPerSecond(0).build())
                .build();
        server = GatewayServer.start(config, List.of(new TestProtocol()), uplink, downlink, Clock.systemUTC(),
                meters);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close(Duration.ofSeconds(2));
        }
        uplink.close();
    }

    private JdkStation connect(String stationId) throws Exception {
        URI uri = URI.create("ws://127.0.0.1:" + server.localAddress().getPort() + "/ocpp/" + stationId);
        JdkStation station = JdkStation.connect(uri, TestProtocol.SUBPROTOCOL);
        uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED) && e.subject().equals(stationId), WAIT);
        return station;
    }

    private double counter(String name, String... tags) {
        return meters.get(name).tags(tags).counter().count();
    }

    private double connected() {
        return meters.get("ocpp.stations.connected").tag("version", "test").gauge().value();
    }

    private double connectedTotal() {
        var gauge = meters.get("ocpp.stations.connected.total").gauge();
        assertTrue(gauge.getId().getTags().isEmpty(), "the total has no tags: " + gauge.getId());
        return gauge.value();
    }

    private static void eventually(DoubleSupplier actual, double expected) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (actual.getAsDouble() != expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(expected, actual.getAsDouble());
    }

    @Test
    void connectedGaugeFollowsStationsAndHandshakesAreCountedByOutcome() throws Exception {
        assertEquals(0, connected());
        assertEquals(0, connectedTotal());
        var address = server.localAddress();
        assertEquals(404, RawHttp.upgradeStatus(address, "/other/CP1", "ocpp-test"));
        assertEquals(400, RawHttp.upgradeStatus(address, "/ocpp/a%0Ab", "ocpp-test"));
        assertEquals(400, RawHttp.upgradeStatus(address, "/ocpp/CP1", "ocpp9.9"));
        try (JdkStation one = connect("CP1"); JdkStation two = connect("CP2")) {
            assertEquals(2, connected());
            assertEquals(2, connectedTotal());
            one.close();
            eventually(this::connected, 1);
            eventually(this::connectedTotal, 1);
        }
        eventually(this::connected, 0);
        eventually(this::connectedTotal, 0);
        assertEquals(2, counter("ocpp.handshakes", "outcome", "accepted"));
        assertEquals(1, counter("ocpp.handshakes", "outcome", "refused_path"));
        assertEquals(1, counter("ocpp.handshakes", "outcome", "refused_id"));
        assertEquals(1, counter("ocpp.handshakes", "outcome", "refused_subprotocol"));
    }

    @Test
    void framesAreCountedByActionAndCallErrorsByCode() throws Exception {
        try (JdkStation station = connect("CP1")) {
            station.send("[2,\"hb-1\",\"Heartbeat\",{}]");
            assertTrue(station.receive(WAIT).startsWith("[3,\"hb-1\""));
            station.send("[2,\"hb-2\",\"Heartbeat\",{}]");
            assertTrue(station.receive(WAIT).startsWith("[3,\"hb-2\""));
            station.send("[2,\"x-1\",\"Bogus\",{}]");
            assertTrue(station.receive(WAIT).startsWith("[4,\"x-1\",\"NotImplemented\""));
            station.send("[2,\"r-1\",\"Reset\",{}]");
            assertTrue(station.receive(WAIT).startsWith("[4,\"r-1\",\"NotSupported\""));
        }
        assertEquals(2, counter("ocpp.frames.in", "version", "test", "action", "Heartbeat"));
        assertEquals(1, counter("ocpp.frames.in", "version", "test", "action", "unknown"));
        assertEquals(1, counter("ocpp.frames.in", "version", "test", "action", "Reset"));
        assertEquals(2, counter("ocpp.frames.out", "version", "test", "action", "CALLRESULT"));
        assertEquals(2, counter("ocpp.frames.out", "version", "test", "action", "CALLERROR"));
        assertEquals(1, counter("ocpp.callerrors.sent", "version", "test", "code", "NotImplemented"));
        assertEquals(1, counter("ocpp.callerrors.sent", "version", "test", "code", "NotSupported"));
        Timer ack = meters.get("ocpp.ack.latency").tag("version", "test").timer();
        assertEquals(2, ack.count(), "one per CALLRESULT, none for the CALLERRORs");
    }

    @Test
    void backendTimeoutsAndCommandResultsAreCounted() throws Exception {
        try (JdkStation station = connect("CP1")) {
            station.send("[2,\"a-1\",\"Authorize\",{\"idTag\":\"T1\"}]");
            String answer = station.receive(WAIT);
            assertTrue(answer.startsWith("[4,\"a-1\",\"InternalError\""), answer);
            assertEquals(1, counter("ocpp.backend.reply.timeouts", "version", "test", "action", "Authorize"));

            var data = OcppJson.newMapper().createObjectNode();
            data.put("action", "Reset");
            data.putObject("payload").put("type", "Hard");
            downlink.send(new CloudEvent("cmd-1", "/backend", EventTypes.COMMAND, "CP1", Instant.now(), null, data));
            String call = station.receive(WAIT);
            assertTrue(call.startsWith("[2,"), call);
            String messageId = OcppJson.newMapper().readTree(call).get(1).asText();
            station.send("[3,\"" + messageId + "\",{\"status\":\"Accepted\"}]");
            uplink.await(e -> e.type().equals(EventTypes.COMMAND_RESULT), WAIT);
        }
        assertEquals(1, counter("ocpp.frames.out", "version", "test", "action", "Reset"));
        assertEquals(1, counter("ocpp.frames.in", "version", "test", "action", "CALLRESULT"));
        assertEquals(1, counter("ocpp.command.results", "version", "test", "outcome", "Completed"));
    }

    @Test
    void unknownActionsDoNotCreateMeters() throws Exception {
        int before = meters.getMeters().size();
        try (JdkStation station = connect("CP1")) {
            for (int i = 0; i < 1000; i++) {
                station.send("[2,\"m-" + i + "\",\"Made" + i + "Up\",{}]");
            }
            for (int i = 0; i < 1000; i++) {
                assertTrue(station.receive(WAIT).startsWith("[4,\"m-" + i + "\",\"NotImplemented\""));
            }
        }
        assertEquals(before, meters.getMeters().size(), "no meter per made-up action");
        assertEquals(1000, counter("ocpp.frames.in", "version", "test", "action", "unknown"));
        assertEquals(1000, counter("ocpp.callerrors.sent", "version", "test", "code", "NotImplemented"));
        assertNull(meters.find("ocpp.frames.in").tag("action", "Made7Up").counter());
    }

    @Test
    void closeRemovesTheServersMeters() {
        assertTrue(meters.getMeters().size() > 40, "pre-registered per version, action, code and outcome");
        server.close(Duration.ofSeconds(2));
        server = null;
        assertTrue(meters.getMeters().isEmpty(), "a later server with this registry gets fresh meters");
    }

    @Test
    void backpressurePausesAreCounted() {
        uplink.backpressureListener().pause();
        uplink.backpressureListener().pause();
        uplink.backpressureListener().resume();
        uplink.backpressureListener().pause();
        assertEquals(2, counter("ocpp.uplink.backpressure.pauses"));
        uplink.backpressureListener().resume();
    }
}
