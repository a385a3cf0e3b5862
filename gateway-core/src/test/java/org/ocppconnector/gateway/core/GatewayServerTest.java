package org.ocppconnector.gateway.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.core.testing.NettyLeakCheck;
import org.ocppconnector.gateway.core.testing.TextMessageListener;

/** The core against a real socket: JDK WebSocket clients, an in-memory bridge and the test protocol. */
@ExtendWith(NettyLeakCheck.class)
class GatewayServerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = OcppJson.newMapper();

    private final InMemoryUplink uplink = new InMemoryUplink();
    private final InMemoryDownlink downlink = new InMemoryDownlink();
    private GatewayServer server;

    @Test
    void connectionLostInTheMiddleOfAFragmentedMessageIsAnAbnormalClosure() throws Exception {
        // Found by StationPipelineFuzzTest: the fragment aggregator reports the lost connection as
        // an exception, which was taken for an internal error: a WARN with a stack trace per
        // dropped connection, and close code 1011 "internal error" in the disconnect event.
        start(b -> {});
        try (HttpUpgrade.Response upgraded = HttpUpgrade.upgrade(server.localAddress(), null, "/ocpp/CP1", null)) {
            assertEquals(101, upgraded.status());
            uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED), WAIT);
            // A masked text frame without FIN (RFC 6455 §5.4): the first fragment of a message.
            byte[] fragment = "[2,\"1\",".getBytes(StandardCharsets.UTF_8);
            byte[] frame = new byte[2 + 4 + fragment.length];
            frame[0] = 0x01;
            frame[1] = (byte) (0x80 | fragment.length);
            System.arraycopy(fragment, 0, frame, 6, fragment.length);
            upgraded.socket().getOutputStream().write(frame);
            upgraded.socket().getOutputStream().flush();
        }
        CloudEvent gone = uplink.await(e -> e.type().equals(EventTypes.STATION_DISCONNECTED), WAIT);
        assertEquals(1006, gone.data().get("closeCode").asInt());
        assertEquals("", gone.data().get("reason").asText());
    }

    private void start(Consumer<GatewayConfig.Builder> customizer) throws Exception {
        GatewayConfig.Builder builder = GatewayConfig.builder()
                .gatewayId("gw-test").bindAddress("127.0.0.1").port(0).ioThreads(2);
        customizer.accept(builder);
        server = GatewayServer.start(builder.build(), List.of(new TestProtocol()), uplink, downlink, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close(Duration.ofSeconds(2));
        }
        uplink.close();
    }

    private URI uri(String stationId) {
        return URI.create("ws://127.0.0.1:" + server.localAddress().getPort() + "/ocpp/" + stationId);
    }

    private JdkStation connect(String stationId) throws Exception {
        JdkStation station = JdkStation.connect(uri(stationId), TestProtocol.SUBPROTOCOL);
        uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED) && e.subject().equals(stationId), WAIT);
        return station;
    }

    private static JsonNode frame(String text) throws Exception {
        return JSON.readTree(text);
    }

    private CloudEvent command(String id, String stationId, String action, String payload, String extra)
            throws Exception {
        ObjectNode data = (ObjectNode) JSON.readTree("{\"action\":\"" + action + "\",\"payload\":" + payload + extra + "}");
        return new CloudEvent(id, "/backend", EventTypes.COMMAND, stationId, Instant.now(), null, data);
    }

    @Test
    void negotiatesSubprotocolAndRefusesBadUpgrades() throws Exception {
        start(b -> {});
        var address = server.localAddress();
        assertEquals(101, RawHttp.upgradeStatus(address, "/ocpp/CP1", "ocpp9.9, ocpp-test"));
        assertEquals(400, RawHttp.upgradeStatus(address, "/ocpp/CP1", null));
        assertEquals(400, RawHttp.upgradeStatus(address, "/ocpp/CP1", "ocpp9.9"));
        assertEquals(404, RawHttp.upgradeStatus(address, "/other/CP1", "ocpp-test"));
        assertEquals(404, RawHttp.upgradeStatus(address, "/ocpp/", "ocpp-test"));
        assertEquals(404, RawHttp.upgradeStatus(address, "/ocpp/a/b", "ocpp-test"));
        assertEquals(400, RawHttp.upgradeStatus(address, "/ocpp/" + "x".repeat(49), "ocpp-test"));
        assertEquals(400, RawHttp.upgradeStatus(address, "/ocpp/a%2Fb", "ocpp-test"));
        assertEquals(400, RawHttp.upgradeStatus(address, "/ocpp/a%0Ab", "ocpp-test"));
        assertEquals(400, RawHttp.upgradeStatus(address, "/ocpp/a%zz", "ocpp-test"));
        try (JdkStation station = JdkStation.connect(uri("CP%201"), "other", TestProtocol.SUBPROTOCOL)) {
            assertEquals(TestProtocol.SUBPROTOCOL, station.subprotocol());
            CloudEvent connected = uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED)
                    && e.subject().startsWith("CP "), WAIT);
            assertEquals("CP 1", connected.subject(), "the id is percent-decoded");
            assertEquals("ocpp-test", connected.data().get("subprotocol").asText());
            assertEquals("gw-test", connected.data().get("gatewayId").asText());
            assertEquals("/ocpp-gateway/gw-test", connected.source());
            assertTrue(connected.data().get("remoteAddress").asText().startsWith("127.0.0.1:"));
        }
    }

    @Test
    void localCallIsAnsweredOnlyAfterThePublish() throws Exception {
        start(b -> {});
        try (JdkStation station = connect("CP1")) {
            uplink.setHolding(true);
            station.send("[2,\"hb-1\",\"Heartbeat\",{}]");
            assertNull(station.poll(Duration.ofMillis(300)), "no CALLRESULT before the event is durable");
            assertEquals(1, uplink.heldCount());
            uplink.setHolding(false);
            JsonNode result = frame(station.receive(WAIT));
            assertEquals(3, result.get(0).asInt());
            assertEquals("hb-1", result.get(1).asText());
            CloudEvent call = uplink.await(e -> e.type().equals(EventTypes.CALL), WAIT);
            assertEquals("local", call.data().get("policy").asText());
            assertEquals(result.get(2), call.data().get("response"), "the event carries the response sent");
            assertEquals("Heartbeat", call.data().get("action").asText());
            assertEquals("test", call.ocppVersion());
            List<CloudEvent> events = uplink.events();
            assertEquals(EventTypes.STATION_CONNECTED, events.get(0).type(), "connected precedes the calls");
            assertEquals(events.get(0).data().get("connectionId"), call.data().get("connectionId"));
        }
    }

    @Test
    void fullUplinkStopsReadingFromStationsUntilItDrains() throws Exception {
        start(b -> {});
        try (JdkStation station = connect("CP1")) {
            uplink.backpressureListener().pause();
            // Let the pause reach the station's event loop before it sends.
            Thread.sleep(200);
            station.send("[2,\"bp-1\",\"Heartbeat\",{}]");
            assertNull(station.poll(Duration.ofMillis(500)), "not read while the uplink is full");
            assertTrue(uplink.events().stream().noneMatch(e -> e.type().equals(EventTypes.CALL)));
            uplink.backpressureListener().resume();
            assertTrue(station.receive(WAIT).startsWith("[3,\"bp-1\""), "read and answered after the drain");
        }
    }

    @Test
    void failedPublishIsAnsweredWithInternalError() throws Exception {
        start(b -> {});
        try (JdkStation station = connect("CP1")) {
            uplink.setFailing(true);
            station.send("[2,\"hb-2\",\"Heartbeat\",{}]");
            JsonNode error = frame(station.receive(WAIT));
            assertEquals(4, error.get(0).asInt());
            assertEquals("hb-2", error.get(1).asText());
            assertEquals("InternalError", error.get(2).asText());
            uplink.setFailing(false);
            station.send("[2,\"hb-3\",\"Heartbeat\",{}]");
            assertEquals(3, frame(station.receive(WAIT)).get(0).asInt(), "the connection stays usable");
        }
    }

    @Test
    void backendCallWaitsForTheReply() throws Exception {
        start(b -> b.backendReplyTimeout(Duration.ofMillis(500)));
        try (JdkStation station = connect("CP1")) {
            station.send("[2,\"au-1\",\"Authorize\",{\"idTag\":\"TAG1\"}]");
            CloudEvent call = uplink.await(e -> e.type().equals(EventTypes.CALL), WAIT);
            assertEquals("backend", call.data().get("policy").asText());
            assertFalse(call.data().has("response"));
            // An invalid reply is rejected and the station keeps waiting.
            downlink.send(reply("CP1", "au-1", "{\"idTagInfo\":{}}"));
            CloudEvent rejected = uplink.await(e -> e.type().equals(EventTypes.REPLY_REJECTED), WAIT);
            assertEquals("au-1", rejected.data().get("messageId").asText());
            downlink.send(reply("CP1", "au-1", "{\"idTagInfo\":{\"status\":\"Accepted\"}}"));
            JsonNode result = frame(station.receive(WAIT));
            assertEquals("[3,\"au-1\",{\"idTagInfo\":{\"status\":\"Accepted\"}}]", result.toString());
            // A second reply to the same CALL is late.
            downlink.send(reply("CP1", "au-1", "{\"idTagInfo\":{\"status\":\"Blocked\"}}"));
            uplink.await(e -> e.type().equals(EventTypes.REPLY_REJECTED)
                    && e.data().get("reason").asText().contains("late"), WAIT);
            // No reply at all: InternalError after the timeout.
            station.send("[2,\"au-2\",\"Authorize\",{\"idTag\":\"TAG2\"}]");
            JsonNode timeout = frame(station.receive(WAIT));
            assertEquals("[4,\"au-2\",\"InternalError\",\"no reply from the backend in time\",{}]", timeout.toString());
        }
    }

    @Test
    void backendTimeoutSendsConfiguredFallback() throws Exception {
        JsonNode fallback = JSON.readTree("{\"idTagInfo\":{\"status\":\"Invalid\"}}");
        start(b -> b.actionPolicies(java.util.Map.of("Authorize",
                new ActionPolicy(org.ocppconnector.gateway.core.spi.ResponsePolicy.BACKEND, fallback,
                        Duration.ofMillis(200)))));
        try (JdkStation station = connect("CP1")) {
            station.send("[2,\"au-3\",\"Authorize\",{\"idTag\":\"T\"}]");
            assertEquals("[3,\"au-3\",{\"idTagInfo\":{\"status\":\"Invalid\"}}]", frame(station.receive(WAIT)).toString());
        }
    }

    @Test
    void staleConnectionReplyIsRejected() throws Exception {
        start(b -> b.backendReplyTimeout(Duration.ofSeconds(2)));
        try (JdkStation station = connect("CP1")) {
            station.send("[2,\"au-4\",\"Authorize\",{\"idTag\":\"T\"}]");
            uplink.await(e -> e.type().equals(EventTypes.CALL), WAIT);
            ObjectNode data = (ObjectNode) JSON.readTree("{\"messageId\":\"au-4\",\"connectionId\":\"old\","
                    + "\"payload\":{\"idTagInfo\":{\"status\":\"Accepted\"}}}");
            downlink.send(new CloudEvent("r1", "/backend", EventTypes.REPLY, "CP1", Instant.now(), null, data));
            CloudEvent rejected = uplink.await(e -> e.type().equals(EventTypes.REPLY_REJECTED), WAIT);
            assertTrue(rejected.data().get("reason").asText().contains("stale"));
        }
    }

    private static CloudEvent reply(String stationId, String messageId, String payload) throws Exception {
        ObjectNode data = (ObjectNode) JSON.readTree("{\"messageId\":\"" + messageId + "\",\"payload\":" + payload + "}");
        return new CloudEvent(java.util.UUID.randomUUID().toString(), "/backend", EventTypes.REPLY, stationId,
                Instant.now(), null, data);
    }

    @Test
    void badFramesGetCallErrorsAndTheConnectionStaysOpen() throws Exception {
        start(b -> {});
        try (JdkStation station = connect("CP1"); JdkStation other = connect("CP2")) {
            String[][] cases = {
                {"garbage", "[4,\"-1\",\"RpcFrameworkError\""},
                {"[2,\"g1\",\"Heartbeat\",{,}]", "[4,\"g1\",\"FormatViolation\""},
                {"[2,\"u1\",\"Unknown\",{}]", "[4,\"u1\",\"NotImplemented\""},
                {"[2,\"u2\",\"Reset\",{\"type\":\"Hard\"}]", "[4,\"u2\",\"NotSupported\""},
                {"[2,\"u3\",\"Authorize\",{}]", "[4,\"u3\",\"OccurrenceConstraintViolation\""},
                {"[2,\"u4\",\"Authorize\",{\"idTag\":5}]", "[4,\"u4\",\"TypeConstraintViolation\""},
                {"[2,\"u5\",\"Authorize\",{\"idTag\":\"" + "x".repeat(21) + "\"}]", "[4,\"u5\",\"PropertyConstraintViolation\""},
                {"[2,\"u6\",\"Heartbeat\",{\"extra\":1}]", "[4,\"u6\",\"FormatViolation\""},
                {"[2,\"u7\",\"Heartbeat\",[]]", "[4,\"u7\",\"FormatViolation\""},
                {"[7,\"u8\",\"Heartbeat\",{}]", "[4,\"u8\",\"MessageTypeNotSupported\""},
            };
            for (String[] c : cases) {
                station.send(c[0]);
                String answer = station.receive(WAIT);
                assertTrue(answer.startsWith(c[1]), c[0] + " -> " + answer);
            }
            // The rejection event is published after the CALLERROR is sent; wait for the last one.
            uplink.await(e -> e.type().equals(EventTypes.CALL_REJECTED)
                    && e.data().get("messageId").asText().equals("u8"), WAIT);
            List<CloudEvent> rejected = uplink.events().stream()
                    .filter(e -> e.type().equals(EventTypes.CALL_REJECTED)).toList();
            assertEquals(cases.length, rejected.size());
            assertEquals("garbage", rejected.get(0).data().get("frame").asText());
            // A response frame is never answered.
            station.send("[3,\"nothing-in-flight\",{}]");
            station.send("[2,\"ok\",\"Heartbeat\",{}]");
            assertTrue(station.receive(WAIT).startsWith("[3,\"ok\""));
            other.send("[2,\"ok2\",\"Heartbeat\",{}]");
            assertTrue(other.receive(WAIT).startsWith("[3,\"ok2\""), "other stations are unaffected");
        }
    }

    @Test
    void oversizeMessageClosesWith1009() throws Exception {
        start(b -> b.maxFrameBytes(2048));
        try (JdkStation station = connect("CP1"); JdkStation other = connect("CP2")) {
            station.send("[2,\"big\",\"Authorize\",{\"idTag\":\"" + "x".repeat(4000) + "\"}]");
            assertEquals(1009, station.awaitClose(WAIT).code());
            CloudEvent gone = uplink.await(e -> e.type().equals(EventTypes.STATION_DISCONNECTED), WAIT);
            assertEquals(1009, gone.data().get("closeCode").asInt());
            other.send("[2,\"ok\",\"Heartbeat\",{}]");
            assertTrue(other.receive(WAIT).startsWith("[3,\"ok\""));
        }
    }

    @Test
    void secondConnectionReplacesTheFirst() throws Exception {
        start(b -> {});
        try (JdkStation first = connect("CP1")) {
            try (JdkStation second = JdkStation.connect(uri("CP1"), TestProtocol.SUBPROTOCOL)) {
                TextMessageListener.Closed closed = first.awaitClose(WAIT);
                assertEquals(1000, closed.code());
                assertEquals("replaced", closed.reason());
                second.send("[2,\"s\",\"Heartbeat\",{}]");
                assertTrue(second.receive(WAIT).startsWith("[3,\"s\""));
                assertEquals(1, server.connectedStations());
            }
        }
    }

    @Test
    void commandRoundTripAndOutcomes() throws Exception {
        start(b -> b.maxQueuedCommands(1));
        try (JdkStation station = connect("CP1")) {
            downlink.send(command("cmd-1", "CP1", "Reset", "{\"type\":\"Hard\"}", ""));
            JsonNode call = frame(station.receive(WAIT));
            assertEquals(2, call.get(0).asInt());
            assertEquals("Reset", call.get(2).asText());
            // One in flight: these queue (one slot), the third is refused.
            downlink.send(command("cmd-2", "CP1", "Reset", "{\"type\":\"Soft\"}", ""));
            downlink.send(command("cmd-3", "CP1", "Reset", "{\"type\":\"Soft\"}", ""));
            CloudEvent full = awaitResult("cmd-3");
            assertEquals("QueueFull", full.data().get("outcome").asText());
            assertNull(station.poll(Duration.ofMillis(200)), "no second CALL while one is in flight");
            station.send("[3,\"" + call.get(1).asText() + "\",{\"status\":\"Accepted\"}]");
            CloudEvent done = awaitResult("cmd-1");
            assertEquals("Completed", done.data().get("outcome").asText());
            assertEquals("Accepted", done.data().get("response").get("status").asText());
            JsonNode second = frame(station.receive(WAIT));
            assertEquals("Soft", second.get(3).get("type").asText());
            station.send("[4,\"" + second.get(1).asText() + "\",\"NotSupported\",\"nope\",{}]");
            CloudEvent error = awaitResult("cmd-2");
            assertEquals("CallError", error.data().get("outcome").asText());
            assertEquals("NotSupported", error.data().get("error").get("code").asText());
            // Invalid against the station's version: never sent.
            downlink.send(command("cmd-4", "CP1", "Reset", "{\"type\":\"Later\"}", ""));
            assertEquals("Invalid", awaitResult("cmd-4").data().get("outcome").asText());
            downlink.send(command("cmd-5", "CP1", "Heartbeat", "{}", ""));
            CloudEvent wrongDirection = awaitResult("cmd-5");
            assertEquals("Invalid", wrongDirection.data().get("outcome").asText());
            assertTrue(wrongDirection.data().get("error").get("description").asText().contains("speaks OCPP test"));
            assertNull(station.poll(Duration.ofMillis(200)));
        }
    }

    @Test
    void commandTimeoutAndDuplicates() throws Exception {
        start(b -> {});
        try (JdkStation station = connect("CP1")) {
            downlink.send(command("cmd-t", "CP1", "Reset", "{\"type\":\"Hard\"}", ",\"timeoutSeconds\":1"));
            downlink.send(command("cmd-t", "CP1", "Reset", "{\"type\":\"Hard\"}", ",\"timeoutSeconds\":1"));
            station.receive(WAIT);
            assertEquals("Timeout", awaitResult("cmd-t").data().get("outcome").asText());
            assertNull(station.poll(Duration.ofMillis(300)), "the duplicate was not delivered");
            assertEquals(1, uplink.events().stream().filter(e -> e.type().equals(EventTypes.COMMAND_RESULT)).count());
        }
    }

    @Test
    void commandIsHeldForAStationThatConnectsInTime() throws Exception {
        start(b -> {});
        String expires = Instant.now().plusSeconds(30).toString();
        downlink.send(command("held-1", "CP9", "Reset", "{\"type\":\"Soft\"}", ",\"expiresAt\":\"" + expires + "\""));
        downlink.send(command("ignored-1", "CP9", "Reset", "{\"type\":\"Soft\"}", ""));
        String past = Instant.now().minusSeconds(1).toString();
        downlink.send(command("expired-1", "CP9", "Reset", "{\"type\":\"Hard\"}", ",\"expiresAt\":\"" + past + "\""));
        try (JdkStation station = connect("CP9")) {
            JsonNode call = frame(station.receive(WAIT));
            assertEquals("Soft", call.get(3).get("type").asText());
            station.send("[3,\"" + call.get(1).asText() + "\",{\"status\":\"Accepted\"}]");
            assertEquals("Completed", awaitResult("held-1").data().get("outcome").asText());
            assertNull(station.poll(Duration.ofMillis(300)), "commands without expiresAt are not held");
        }
    }

    @Test
    void commandIgnoredWhileAbsentCanBeSentAgainAndQueuedOnesEndOnDisconnect() throws Exception {
        start(b -> {});
        downlink.send(command("retry-1", "CP7", "Reset", "{\"type\":\"Soft\"}", ""));
        JdkStation station = connect("CP7");
        assertNull(station.poll(Duration.ofMillis(200)));
        // The backend retries with the same id once the station is back: delivered this time.
        downlink.send(command("retry-1", "CP7", "Reset", "{\"type\":\"Soft\"}", ""));
        assertEquals("Reset", frame(station.receive(WAIT)).get(2).asText());
        downlink.send(command("queued-1", "CP7", "Reset", "{\"type\":\"Hard\"}", ""));
        station.close();
        assertEquals("Timeout", awaitResult("retry-1").data().get("outcome").asText());
        CloudEvent queued = awaitResult("queued-1");
        assertEquals("Expired", queued.data().get("outcome").asText());
        assertTrue(queued.data().get("error").get("description").asText().contains("disconnected"));
    }

    @Test
    void malformedCommandForConnectedStationIsInvalid() throws Exception {
        start(b -> {});
        try (JdkStation station = connect("CP1")) {
            ObjectNode data = (ObjectNode) JSON.readTree("{\"action\":\"Reset\"}");
            downlink.send(new CloudEvent("bad-1", "/b", EventTypes.COMMAND, "CP1", Instant.now(), null, data));
            CloudEvent result = awaitResult("bad-1");
            assertEquals("Invalid", result.data().get("outcome").asText());
            assertTrue(result.data().get("error").get("description").asText().contains("payload"));
        }
    }

    @Test
    void stationCloseIsReported() throws Exception {
        start(b -> {});
        JdkStation station = connect("CP1");
        station.close();
        CloudEvent gone = uplink.await(e -> e.type().equals(EventTypes.STATION_DISCONNECTED), WAIT);
        assertTrue(gone.data().has("connectedSeconds"));
        assertTrue(List.of(1000, 1006).contains(gone.data().get("closeCode").asInt()));
    }

    @Test
    void stationThatNeverAnswersPingsIsClosed() throws Exception {
        start(b -> b.pingInterval(Duration.ofMillis(300)));
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(server.localAddress(), 5000);
            socket.setSoTimeout(5000);
            assertEquals(101, RawHttp.upgrade(socket, "/ocpp/SILENT", TestProtocol.SUBPROTOCOL));
            java.io.InputStream in = socket.getInputStream();
            // Server frames are unmasked: opcode byte, length byte (< 126 here), payload.
            int opcode = in.read() & 0x0f;
            int length = in.read() & 0x7f;
            in.readNBytes(length);
            assertEquals(0x9, opcode, "first a ping");
            opcode = in.read() & 0x0f;
            length = in.read() & 0x7f;
            byte[] payload = in.readNBytes(length);
            assertEquals(0x8, opcode, "then a close, as no pong came");
            assertEquals(1001, ((payload[0] & 0xff) << 8) | (payload[1] & 0xff));
        }
        CloudEvent gone = uplink.await(e -> e.type().equals(EventTypes.STATION_DISCONNECTED), WAIT);
        assertEquals(1001, gone.data().get("closeCode").asInt());
        assertEquals("ping timeout", gone.data().get("reason").asText());
    }

    @Test
    void handshakeMustCompleteInTime() throws Exception {
        start(b -> b.handshakeTimeout(Duration.ofMillis(300)));
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(server.localAddress(), 5000);
            socket.setSoTimeout(5000);
            socket.getOutputStream().write("GET /ocpp/SLOW HTTP/1.1\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            assertEquals(-1, socket.getInputStream().read(), "closed without a response");
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(4).toNanos());
        }
    }

    private CloudEvent awaitResult(String commandId) throws Exception {
        return uplink.await(e -> e.type().equals(EventTypes.COMMAND_RESULT)
                && e.data().get("commandId").asText().equals(commandId), WAIT);
    }
}
