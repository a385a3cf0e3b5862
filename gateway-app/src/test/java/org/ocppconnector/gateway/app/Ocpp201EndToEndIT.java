package org.ocppconnector.gateway.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
 * OCPP 2.0.1 end to end on the same port and event contract as 1.6: ocpp-rpc in strict mode as
 * the 2.0.1 station, the packaged gateway, the Kinesis emulator, the test as the backend.
 */
class Ocpp201EndToEndIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final ObjectMapper JSON = OcppJson.newMapper();
    /** Backend-policy actions of 2.0.1 by default (the others are answered locally). */
    static final Set<String> BACKEND = Set.of("Authorize", "DataTransfer", "NotifyEVChargingNeeds",
            "Get15118EVCertificate", "GetCertificateStatus", "SignCertificate");

    static KinesisLocal kinesis;
    static GatewayProcess gateway;
    static KinesisStreamTap uplink;
    static KinesisStreamTap downlink;

    @BeforeAll
    static void startAll() throws Exception {
        kinesis = KinesisLocal.launch(Map.of("uplink", 1, "downlink", 1));
        uplink = KinesisStreamTap.reading(kinesis, "uplink");
        downlink = KinesisStreamTap.writing(kinesis, "downlink");
        gateway = GatewayProcess.start("gw-201", kinesis, "uplink", "downlink", Map.of());
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (gateway != null) {
            assertEquals(0, gateway.stop(Duration.ofSeconds(20)));
        }
        for (AutoCloseable c : new AutoCloseable[] {uplink, downlink, kinesis}) {
            if (c != null) {
                c.close();
            }
        }
    }

    static JsonNode resource(String name) throws Exception {
        try (InputStream in = Ocpp201EndToEndIT.class.getResourceAsStream("/commands/" + name)) {
            return JSON.readTree(in);
        }
    }

    static OcppRpcStation connect201(String stationId) {
        return OcppRpcStation.connect(gateway.stationEndpoint(), stationId, List.of("ocpp2.0.1", "ocpp1.6"));
    }

    static CloudEvent awaitCall(String stationId, String action, int nth) throws Exception {
        return uplink.awaitCount(e -> e.type().equals(EventTypes.CALL) && e.subject().equals(stationId)
                && e.data().get("action").asText().equals(action), nth, WAIT).get(nth - 1);
    }

    static void reply(String stationId, String messageId, JsonNode payload) {
        ObjectNode data = JSON.createObjectNode();
        data.put("messageId", messageId);
        data.set("payload", payload);
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

    /** Calls {@code action}; a backend-policy call is answered with {@code backendResponse} through the downlink. */
    static JsonNode call(OcppRpcStation station, String action, JsonNode request, JsonNode backendResponse, int nth)
            throws Exception {
        CompletableFuture<JsonNode> answer = station.callAsync(action, request);
        CloudEvent event = awaitCall(station.stationId(), action, nth);
        assertEquals("2.0.1", event.ocppVersion());
        assertTrue(request.equals(Ocpp16EndToEndIT.NUMERIC, event.data().get("payload")), action + " payload");
        if (BACKEND.contains(action)) {
            assertEquals("backend", event.data().get("policy").asText(), action);
            reply(station.stationId(), event.data().get("messageId").asText(), backendResponse);
        } else {
            assertEquals("local", event.data().get("policy").asText(), action);
        }
        JsonNode response = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (!BACKEND.contains(action)) {
            assertTrue(response.equals(Ocpp16EndToEndIT.NUMERIC, event.data().get("response")),
                    action + ": the event carries the response sent");
        }
        return response;
    }

    @Test
    void stationPicksTheVersionByItsOrderOfPreference() throws Exception {
        try (OcppRpcStation v201 = connect201("V-201");
                OcppRpcStation v16 = OcppRpcStation.connect(gateway.stationEndpoint(), "V-16", List.of("ocpp1.6"))) {
            assertEquals("ocpp2.0.1", v201.protocol());
            assertEquals("ocpp1.6", v16.protocol());
            CloudEvent connected = uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED)
                    && e.subject().equals("V-201"), WAIT);
            assertEquals("2.0.1", connected.ocppVersion());
            assertEquals("ocpp2.0.1", connected.data().get("subprotocol").asText());
        }
        try (OcppRpcStation prefers16 = OcppRpcStation.connect(gateway.stationEndpoint(), "V-PREF",
                List.of("ocpp1.6", "ocpp2.0.1"))) {
            assertEquals("ocpp1.6", prefers16.protocol(), "the station's order decides");
        }
    }

    @Test
    void transactionLifecycleAndChargingNeeds() throws Exception {
        JsonNode calls = resource("ocpp201-station-calls.json");
        try (OcppRpcStation station = connect201("CS-TX")) {
            JsonNode boot = call(station, "BootNotification", calls.get("BootNotification").get("request"), null, 1);
            assertEquals("Accepted", boot.get("status").asText());
            assertEquals(300, boot.get("interval").asInt());
            assertTrue(boot.has("currentTime"));
            call(station, "StatusNotification", calls.get("StatusNotification").get("request"), null, 1);
            call(station, "Heartbeat", JSON.createObjectNode(), null, 1);

            ObjectNode started = (ObjectNode) calls.get("TransactionEvent").get("request").deepCopy();
            call(station, "TransactionEvent", started, null, 1);
            ObjectNode updated = started.deepCopy();
            updated.put("eventType", "Updated");
            updated.put("triggerReason", "MeterValuePeriodic");
            updated.put("seqNo", 1);
            updated.put("timestamp", "2026-11-22T10:30:02.000Z");
            updated.remove("idToken");
            ArrayNode sampled = (ArrayNode) updated.get("meterValue").get(0).get("sampledValue");
            ((ObjectNode) updated.get("meterValue").get(0)).put("timestamp", "2026-11-22T10:30:02.000Z");
            ((ObjectNode) sampled.get(0)).put("value", 17345.5).put("context", "Sample.Periodic");
            ((ObjectNode) sampled.get(1)).put("value", 61.0).put("context", "Sample.Periodic");
            call(station, "TransactionEvent", updated, null, 2);
            CloudEvent updatedEvent = awaitCall("CS-TX", "TransactionEvent", 2);
            assertEquals("SoC", updatedEvent.data().get("payload").get("meterValue").get(0).get("sampledValue")
                    .get(1).get("measurand").asText());

            JsonNode needs = call(station, "NotifyEVChargingNeeds", calls.get("NotifyEVChargingNeeds").get("request"),
                    calls.get("NotifyEVChargingNeeds").get("response"), 1);
            assertEquals(calls.get("NotifyEVChargingNeeds").get("response").get("status"), needs.get("status"));

            ObjectNode ended = updated.deepCopy();
            ended.put("eventType", "Ended");
            ended.put("triggerReason", "StopAuthorized");
            ended.put("seqNo", 2);
            ((ObjectNode) ended.get("transactionInfo")).put("stoppedReason", "Local").put("chargingState", "Idle");
            ((ObjectNode) ended.get("meterValue").get(0).get("sampledValue").get(0)).put("context", "Transaction.End");
            ((ObjectNode) ended.get("meterValue").get(0).get("sampledValue").get(1)).put("context", "Transaction.End");
            call(station, "TransactionEvent", ended, null, 3);

            List<String> types = uplink.events().stream()
                    .filter(e -> e.subject().equals("CS-TX") && e.type().equals(EventTypes.CALL)
                            && e.data().get("action").asText().equals("TransactionEvent"))
                    .map(e -> e.data().get("payload").get("eventType").asText()).toList();
            assertEquals(List.of("Started", "Updated", "Ended"), types);
        }
    }

    @Test
    void everyStationToCsmsActionIsPublishedAndAnswered() throws Exception {
        JsonNode calls = resource("ocpp201-station-calls.json");
        assertEquals(25, calls.size());
        try (OcppRpcStation station = connect201("CS-ALL")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = calls.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode response = call(station, entry.getKey(), entry.getValue().get("request"),
                        entry.getValue().get("response"), 1);
                if (BACKEND.contains(entry.getKey())) {
                    assertTrue(entry.getValue().get("response").equals(Ocpp16EndToEndIT.NUMERIC, response),
                            entry.getKey() + ": the backend's reply reached the station");
                }
            }
        }
    }

    @Test
    void everyOcpp201CommandReachesTheStationAndReportsItsResult() throws Exception {
        JsonNode commands = resource("ocpp201-commands.json");
        assertEquals(40, commands.size());
        try (OcppRpcStation station = connect201("CS-CMD")) {
            uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED) && e.subject().equals("CS-CMD"), WAIT);
            List<String> failures = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = commands.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String commandId = command("CS-CMD", entry.getKey(), entry.getValue());
                OcppRpcStation.IncomingCall call = station.awaitCall(entry.getKey(), WAIT);
                assertTrue(entry.getValue().equals(Ocpp16EndToEndIT.NUMERIC, call.payload()),
                        entry.getKey() + " arrives unchanged: " + call.payload());
                CloudEvent result = awaitResult(commandId);
                assertEquals("2.0.1", result.ocppVersion());
                if (!result.data().get("outcome").asText().equals("Completed")) {
                    failures.add(entry.getKey() + ": " + result.data());
                }
            }
            assertEquals(List.of(), failures);
        }
    }

    @Test
    void mixedVersionsOnOneGatewayAndCommandsCheckedAgainstTheStationsVersion() throws Exception {
        try (OcppRpcStation v201 = connect201("MIX-201");
                OcppRpcStation v16 = OcppRpcStation.connect(gateway.stationEndpoint(), "MIX-16", List.of("ocpp1.6"))) {
            // The same action name, each in its own version's shape.
            assertEquals("Accepted", v16.call("BootNotification",
                    "{\"chargePointVendor\":\"ACME\",\"chargePointModel\":\"Old\"}").get("status").asText());
            assertEquals("Accepted", v201.call("BootNotification",
                    "{\"reason\":\"PowerUp\",\"chargingStation\":{\"model\":\"New\",\"vendorName\":\"ACME\"}}")
                    .get("status").asText());
            CloudEvent boot16 = awaitCall("MIX-16", "BootNotification", 1);
            CloudEvent boot201 = awaitCall("MIX-201", "BootNotification", 1);
            assertEquals("1.6", boot16.ocppVersion());
            assertEquals("2.0.1", boot201.ocppVersion());

            // A 1.6 command to the 2.0.1 station and the reverse: Invalid, naming the version.
            CloudEvent wrong201 = awaitResult(command("MIX-201", "RemoteStartTransaction",
                    JSON.readTree("{\"idTag\":\"TAG\"}")));
            assertEquals("Invalid", wrong201.data().get("outcome").asText());
            assertTrue(wrong201.data().get("error").get("description").asText().contains("speaks OCPP 2.0.1"));
            CloudEvent wrong16 = awaitResult(command("MIX-16", "RequestStartTransaction",
                    JSON.readTree("{\"idToken\":{\"idToken\":\"A\",\"type\":\"ISO14443\"},\"remoteStartId\":1}")));
            assertEquals("Invalid", wrong16.data().get("outcome").asText());
            assertTrue(wrong16.data().get("error").get("description").asText().contains("speaks OCPP 1.6"));
            // Reset exists in both versions with different payloads; each is checked against its station.
            CloudEvent reset16on201 = awaitResult(command("MIX-201", "Reset", JSON.readTree("{\"type\":\"Hard\"}")));
            assertEquals("Invalid", reset16on201.data().get("outcome").asText());
            String ok201 = command("MIX-201", "Reset", JSON.readTree("{\"type\":\"Immediate\"}"));
            String ok16 = command("MIX-16", "Reset", JSON.readTree("{\"type\":\"Hard\"}"));
            assertEquals("Immediate", v201.awaitCall("Reset", WAIT).payload().get("type").asText());
            assertEquals("Hard", v16.awaitCall("Reset", WAIT).payload().get("type").asText());
            assertEquals("Completed", awaitResult(ok201).data().get("outcome").asText());
            assertEquals("Completed", awaitResult(ok16).data().get("outcome").asText());

            // 2.0.1 spells its CALLERRORs its own way.
            v201.sendRaw("[2,\"bad-1\",\"Heartbeat\",{\"unexpected\":1}]");
            assertTrue(v201.awaitRawMessage(WAIT).startsWith("[4,\"bad-1\",\"FormatViolation\""));
            v16.sendRaw("[2,\"bad-2\",\"Heartbeat\",{\"unexpected\":1}]");
            assertTrue(v16.awaitRawMessage(WAIT).startsWith("[4,\"bad-2\",\"FormationViolation\""));
            v201.sendRaw("[5,\"bad-3\",\"Heartbeat\",{}]");
            assertTrue(v201.awaitRawMessage(WAIT).startsWith("[4,\"bad-3\",\"MessageTypeNotSupported\""));
        }
    }
}
