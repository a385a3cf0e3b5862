package org.ocppconnector.gateway.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.testkit.KinesisLocal;
import org.ocppconnector.gateway.testkit.KinesisStreamTap;
import org.ocppconnector.gateway.testkit.OcppRpcStation;

/**
 * The packaged gateway end to end: ocpp-rpc in strict mode as the OCPP 1.6 station (it validates
 * every call and response of the gateway against the official schemas), the Kinesis emulator as
 * both streams, and the test as the backend.
 */
class Ocpp16EndToEndIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final ObjectMapper JSON = OcppJson.newMapper();

    /** Equal JSON numbers by value (32.0 = 32), everything else by equals. */
    static final java.util.Comparator<JsonNode> NUMERIC = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    static KinesisLocal kinesis;
    static GatewayProcess gateway;
    static KinesisStreamTap uplink;
    static KinesisStreamTap downlink;

    @BeforeAll
    static void startAll() throws Exception {
        kinesis = KinesisLocal.launch(Map.of("uplink", 1, "downlink", 1));
        uplink = KinesisStreamTap.reading(kinesis, "uplink");
        downlink = KinesisStreamTap.writing(kinesis, "downlink");
        gateway = GatewayProcess.start("gw-e2e", kinesis, "uplink", "downlink",
                Map.of("GATEWAY_BACKEND_REPLY_TIMEOUT_SECONDS", "15", "GATEWAY_MAX_FRAME_BYTES", "8192"));
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (gateway != null) {
            assertEquals(0, gateway.stop(Duration.ofSeconds(20)), "clean exit on SIGTERM");
        }
        if (uplink != null) {
            uplink.close();
        }
        if (downlink != null) {
            downlink.close();
        }
        if (kinesis != null) {
            kinesis.close();
        }
    }

    static OcppRpcStation connect(String stationId) {
        return OcppRpcStation.connect(gateway.stationEndpoint(), stationId, List.of("ocpp1.6"));
    }

    static CloudEvent awaitCall(String stationId, String action) throws Exception {
        return uplink.await(e -> e.type().equals(EventTypes.CALL) && e.subject().equals(stationId)
                && e.data().get("action").asText().equals(action), WAIT);
    }

    static void reply(String stationId, String messageId, String payloadJson) throws Exception {
        ObjectNode data = JSON.createObjectNode();
        data.put("messageId", messageId);
        data.set("payload", JSON.readTree(payloadJson));
        downlink.put(new CloudEvent(UUID.randomUUID().toString(), "/test-backend", EventTypes.REPLY, stationId,
                Instant.now(), null, data));
    }

    static String command(String stationId, String action, JsonNode payload) {
        String id = UUID.randomUUID().toString();
        ObjectNode data = JSON.createObjectNode();
        data.put("action", action);
        data.set("payload", payload);
        downlink.put(new CloudEvent(id, "/test-backend", EventTypes.COMMAND, stationId, Instant.now(), null, data));
        return id;
    }

    static CloudEvent awaitResult(String commandId) throws Exception {
        return uplink.await(e -> e.type().equals(EventTypes.COMMAND_RESULT)
                && e.data().get("commandId").asText().equals(commandId), WAIT);
    }

    @Test
    void chargingSessionWithBackendDecisions() throws Exception {
        try (OcppRpcStation station = connect("CP-SESSION")) {
            assertEquals("ocpp1.6", station.protocol());
            CloudEvent connected = uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED)
                    && e.subject().equals("CP-SESSION"), WAIT);
            assertEquals("ocpp1.6", connected.data().get("subprotocol").asText());
            assertEquals("1.6", connected.ocppVersion());
            assertEquals("/ocpp-gateway/gw-e2e", connected.source());
            assertEquals("CP-SESSION", uplink.partitionKey(connected.id()), "partition key = station id");

            JsonNode boot = station.call("BootNotification",
                    "{\"chargePointVendor\":\"ACME\",\"chargePointModel\":\"Wallbox 7\",\"firmwareVersion\":\"1.2.3\"}");
            assertEquals("Accepted", boot.get("status").asText());
            assertEquals(300, boot.get("interval").asInt());
            CloudEvent bootEvent = awaitCall("CP-SESSION", "BootNotification");
            assertEquals("local", bootEvent.data().get("policy").asText());
            assertEquals(boot, bootEvent.data().get("response"), "the event carries the response the station got");
            assertEquals("ACME", bootEvent.data().get("payload").get("chargePointVendor").asText());

            assertNotNull(station.call("Heartbeat", "{}").get("currentTime"));
            station.call("StatusNotification", "{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Available\"}");

            // Authorize and StartTransaction wait for the backend.
            CompletableFuture<JsonNode> authorize = station.callAsync("Authorize", JSON.readTree("{\"idTag\":\"TAG-42\"}"));
            CloudEvent authorizeEvent = awaitCall("CP-SESSION", "Authorize");
            assertEquals("backend", authorizeEvent.data().get("policy").asText());
            assertFalse(authorizeEvent.data().has("response"));
            assertFalse(authorize.isDone(), "no answer before the backend replies");
            reply("CP-SESSION", authorizeEvent.data().get("messageId").asText(), "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
            assertEquals("Accepted", authorize.get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
                    .get("idTagInfo").get("status").asText());

            CompletableFuture<JsonNode> start = station.callAsync("StartTransaction", JSON.readTree(
                    "{\"connectorId\":1,\"idTag\":\"TAG-42\",\"meterStart\":1000,\"timestamp\":\"2026-11-22T10:00:00Z\"}"));
            CloudEvent startEvent = awaitCall("CP-SESSION", "StartTransaction");
            reply("CP-SESSION", startEvent.data().get("messageId").asText(),
                    "{\"transactionId\":4711,\"idTagInfo\":{\"status\":\"Accepted\"}}");
            assertEquals(4711, start.get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
                    .get("transactionId").asInt());

            station.call("MeterValues", "{\"connectorId\":1,\"transactionId\":4711,\"meterValue\":[{\"timestamp\":"
                    + "\"2026-11-22T10:15:00Z\",\"sampledValue\":[{\"value\":\"1523.5\",\"measurand\":"
                    + "\"Energy.Active.Import.Register\",\"unit\":\"Wh\"},{\"value\":\"16.1\",\"measurand\":"
                    + "\"Current.Import\",\"unit\":\"A\",\"phase\":\"L1\"}]}]}");
            CloudEvent meterEvent = awaitCall("CP-SESSION", "MeterValues");
            assertEquals("16.1", meterEvent.data().get("payload").get("meterValue").get(0).get("sampledValue")
                    .get(1).get("value").asText());

            JsonNode stop = station.call("StopTransaction",
                    "{\"transactionId\":4711,\"meterStop\":9000,\"timestamp\":\"2026-11-22T11:00:00Z\",\"reason\":\"Local\"}");
            assertTrue(stop.isObject());

            // A backend may refuse with a CALLERROR.
            CompletableFuture<JsonNode> transfer = station.callAsync("DataTransfer",
                    JSON.readTree("{\"vendorId\":\"com.acme\",\"data\":\"x\"}"));
            CloudEvent transferEvent = awaitCall("CP-SESSION", "DataTransfer");
            ObjectNode data = JSON.createObjectNode();
            data.put("messageId", transferEvent.data().get("messageId").asText());
            data.set("error", JSON.readTree("{\"code\":\"NotSupported\",\"description\":\"vendor unknown\",\"details\":{}}"));
            downlink.put(new CloudEvent(UUID.randomUUID().toString(), "/test-backend", EventTypes.REPLY, "CP-SESSION",
                    Instant.now(), null, data));
            Exception error = assertThrows(Exception.class,
                    () -> transfer.get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS));
            OcppRpcStation.CallErrorException callError = (OcppRpcStation.CallErrorException) error.getCause();
            assertEquals("NotSupported", callError.code());

            // Every call is on the stream once, in the order the station sent them.
            List<String> actions = uplink.events().stream()
                    .filter(e -> e.subject().equals("CP-SESSION") && e.type().equals(EventTypes.CALL))
                    .map(e -> e.data().get("action").asText()).toList();
            assertEquals(List.of("BootNotification", "Heartbeat", "StatusNotification", "Authorize",
                    "StartTransaction", "MeterValues", "StopTransaction", "DataTransfer"), actions);
        }
        CloudEvent gone = uplink.await(e -> e.type().equals(EventTypes.STATION_DISCONNECTED)
                && e.subject().equals("CP-SESSION"), WAIT);
        assertEquals(1000, gone.data().get("closeCode").asInt());
        // Id tokens are personal data: the gateway logs at INFO by default and never prints payloads there.
        assertFalse(java.nio.file.Files.readString(gateway.log()).contains("TAG-42"), "the log shows no idTag");
    }

    @Test
    void notificationsAndSecurityExtensionCalls() throws Exception {
        try (OcppRpcStation station = connect("CP-NOTIFY")) {
            String[][] local = {
                {"DiagnosticsStatusNotification", "{\"status\":\"Uploaded\"}"},
                {"FirmwareStatusNotification", "{\"status\":\"Installed\"}"},
                {"LogStatusNotification", "{\"status\":\"Uploaded\",\"requestId\":5}"},
                {"SecurityEventNotification", "{\"type\":\"SettingSystemTime\",\"timestamp\":\"2026-11-22T10:00:00Z\",\"techInfo\":\"ntp\"}"},
                {"SignedFirmwareStatusNotification", "{\"status\":\"SignatureVerified\",\"requestId\":9}"},
            };
            for (String[] call : local) {
                JsonNode response = station.call(call[0], call[1]);
                CloudEvent event = awaitCall("CP-NOTIFY", call[0]);
                assertEquals("local", event.data().get("policy").asText(), call[0]);
                assertEquals(response, event.data().get("response"), call[0]);
                assertEquals(JSON.readTree(call[1]), event.data().get("payload"), call[0]);
            }
            CompletableFuture<JsonNode> sign = station.callAsync("SignCertificate",
                    JSON.readTree("{\"csr\":\"-----BEGIN CERTIFICATE REQUEST-----\\nMIIB\\n-----END CERTIFICATE REQUEST-----\"}"));
            CloudEvent signEvent = awaitCall("CP-NOTIFY", "SignCertificate");
            assertEquals("backend", signEvent.data().get("policy").asText());
            reply("CP-NOTIFY", signEvent.data().get("messageId").asText(), "{\"status\":\"Accepted\"}");
            assertEquals("Accepted", sign.get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
                    .get("status").asText());
        }
    }

    @Test
    void everyOcpp16CommandReachesTheStationAndReportsItsResult() throws Exception {
        JsonNode commands;
        try (InputStream in = Ocpp16EndToEndIT.class.getResourceAsStream("/commands/ocpp16-commands.json")) {
            commands = JSON.readTree(in);
        }
        try (OcppRpcStation station = connect("CP-COMMANDS")) {
            uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED) && e.subject().equals("CP-COMMANDS"), WAIT);
            List<String> failures = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = commands.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String commandId = command("CP-COMMANDS", entry.getKey(), entry.getValue());
                OcppRpcStation.IncomingCall call = station.awaitCall(entry.getKey(), WAIT);
                // Compared by value: JavaScript reads 32.0 as 32.
                assertTrue(entry.getValue().equals(NUMERIC, call.payload()),
                        entry.getKey() + " arrives unchanged: " + call.payload());
                CloudEvent result = awaitResult(commandId);
                if (!result.data().get("outcome").asText().equals("Completed")) {
                    failures.add(entry.getKey() + ": " + result.data());
                }
                assertEquals(entry.getKey(), result.data().get("action").asText());
                assertTrue(result.data().get("response").isObject());
            }
            assertEquals(List.of(), failures);
            assertEquals(26, commands.size(), "all 1.6 CSMS-to-station actions, security extension included");
        }
    }

    @Test
    void invalidCommandsAreNotSent() throws Exception {
        try (OcppRpcStation station = connect("CP-INVALID")) {
            uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED) && e.subject().equals("CP-INVALID"), WAIT);
            CloudEvent badEnum = awaitResult(command("CP-INVALID", "Reset", JSON.readTree("{\"type\":\"Later\"}")));
            assertEquals("Invalid", badEnum.data().get("outcome").asText());
            CloudEvent wrongVersion = awaitResult(command("CP-INVALID", "RequestStartTransaction",
                    JSON.readTree("{\"idToken\":{\"idToken\":\"A\",\"type\":\"ISO14443\"},\"remoteStartId\":1}")));
            assertEquals("Invalid", wrongVersion.data().get("outcome").asText());
            assertTrue(wrongVersion.data().get("error").get("description").asText().contains("speaks OCPP 1.6"));
            CloudEvent wrongDirection = awaitResult(command("CP-INVALID", "BootNotification",
                    JSON.readTree("{\"chargePointVendor\":\"A\",\"chargePointModel\":\"B\"}")));
            assertEquals("Invalid", wrongDirection.data().get("outcome").asText());
            // The valid one after them goes through: nothing invalid reached the station.
            String ok = command("CP-INVALID", "Reset", JSON.readTree("{\"type\":\"Hard\"}"));
            assertEquals("Reset", station.awaitCall("Reset", WAIT).action());
            assertEquals("Completed", awaitResult(ok).data().get("outcome").asText());
        }
    }

    @Test
    void badInputGetsCallErrorsAndOtherStationsKeepWorking() throws Exception {
        try (OcppRpcStation bad = connect("CP-BAD"); OcppRpcStation good = connect("CP-GOOD")) {
            String[][] cases = {
                {"not json at all", "[4,\"-1\",\"FormationViolation\""},
                {"[2,\"b1\",\"FlyToMoon\",{}]", "[4,\"b1\",\"NotImplemented\""},
                {"[2,\"b2\",\"RemoteStartTransaction\",{\"idTag\":\"X\"}]", "[4,\"b2\",\"NotSupported\""},
                {"[2,\"b3\",\"BootNotification\",{\"chargePointVendor\":\"A\"}]", "[4,\"b3\",\"Occur"},
                {"[2,\"b4\",\"Heartbeat\",{\"unexpected\":true}]", "[4,\"b4\","},
                {"[2,\"b5\",\"StatusNotification\",{\"connectorId\":\"one\",\"errorCode\":\"NoError\",\"status\":\"Available\"}]",
                    "[4,\"b5\",\"TypeConstraintViolation\""},
                {"[2,\"b6\",\"Authorize\",{\"idTag\":\"" + "X".repeat(21) + "\"}]", "[4,\"b6\",\"PropertyConstraintViolation\""},
            };
            for (String[] c : cases) {
                bad.sendRaw(c[0]);
                String answer = bad.awaitRawMessage(WAIT);
                assertTrue(answer.startsWith(c[1]), c[0] + " -> " + answer);
                assertTrue(good.call("Heartbeat", "{}").has("currentTime"), "the other station is unaffected");
            }
            CloudEvent rejected = uplink.await(e -> e.type().equals(EventTypes.CALL_REJECTED)
                    && e.subject().equals("CP-BAD") && e.data().get("messageId").asText().equals("b6"), WAIT);
            assertEquals("Authorize", rejected.data().get("action").asText());
            assertTrue(rejected.data().get("frame").asText().contains("XXXX"));
            // The connection stays open after all of that.
            assertTrue(bad.call("Heartbeat", "{}").has("currentTime"));
            // An oversize message (limit 8 KiB here) closes only that connection, with 1009.
            bad.sendRaw("[2,\"big\",\"DataTransfer\",{\"vendorId\":\"v\",\"data\":\"" + "x".repeat(9000) + "\"}]");
            assertEquals(1009, bad.awaitClose(WAIT).code());
            assertTrue(good.call("Heartbeat", "{}").has("currentTime"));
        }
        assertTrue(gateway.isAlive());
    }

    @Test
    void refusesUnservedSubprotocolAndReplacesDuplicateStation() throws Exception {
        OcppRpcStation.ConnectionFailedException refused = assertThrows(OcppRpcStation.ConnectionFailedException.class,
                () -> OcppRpcStation.builder(gateway.stationEndpoint(), "CP-OLD").protocols(List.of("ocpp1.5"))
                        // ocpp-rpc has no schemas for 1.5, so only its non-strict mode will offer it.
                        .strictMode(false).connect());
        assertEquals(400, refused.httpStatus());
        try (OcppRpcStation first = connect("CP-DUP")) {
            try (OcppRpcStation second = connect("CP-DUP")) {
                OcppRpcStation.CloseStatus closed = first.awaitClose(WAIT);
                assertEquals(1000, closed.code());
                assertEquals("replaced", closed.reason());
                assertTrue(second.call("Heartbeat", "{}").has("currentTime"));
            }
        }
        assertEquals(200, gateway.health("/health/live"));
        assertEquals(200, gateway.health("/health/ready"));
        String metrics = gateway.adminGet("/metrics");
        assertTrue(metrics.contains("ocpp_stations_connected{version=\"1.6\"}"), "connected gauge exported");
        assertTrue(metrics.contains("ocpp_handshakes_total{outcome=\"refused_subprotocol\"}"), "handshakes exported");
        assertTrue(metrics.contains("kinesis_uplink_batch_records_count"), "bridge meters exported");
    }
}
