package org.ocppconnector.gateway.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.testkit.KinesisLocal;
import org.ocppconnector.gateway.testkit.KinesisStreamTap;
import org.ocppconnector.gateway.testkit.OcppRpcStation;

/**
 * Two gateway instances on the same two streams, as behind a load balancer: every instance reads
 * every downlink record, and only the one holding the station's socket acts on it. One reads the
 * downlink by enhanced fan-out, the other by polling, so both readers are covered.
 */
class MultiInstanceIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = OcppJson.newMapper();

    @Test
    void commandsAndRepliesReachTheirStationExactlyOnceThroughTheInstanceHoldingIt() throws Exception {
        try (KinesisLocal kinesis = KinesisLocal.launch(Map.of("uplink", 1, "downlink", 2));
                KinesisStreamTap uplink = KinesisStreamTap.reading(kinesis, "uplink");
                KinesisStreamTap downlink = KinesisStreamTap.writing(kinesis, "downlink");
                GatewayProcess a = GatewayProcess.start("gw-a", kinesis, "uplink", "downlink", Map.of());
                GatewayProcess b = GatewayProcess.start("gw-b", kinesis, "uplink", "downlink",
                        Map.of("KINESIS_DOWNLINK_MODE", "polling"));
                OcppRpcStation onA = OcppRpcStation.connect(a.stationEndpoint(), "MI-1", List.of("ocpp1.6"))) {
            uplink.await(e -> e.type().equals(EventTypes.STATION_CONNECTED) && e.subject().equals("MI-1"), WAIT);

            // A command, written twice with the same id: one CALL, one result, from gw-a only.
            String commandId = UUID.randomUUID().toString();
            CloudEvent reset = command(commandId, "MI-1", "Reset", "{\"type\":\"Soft\"}", null);
            downlink.put(reset);
            downlink.put(reset);
            assertEquals("Reset", onA.awaitCall("Reset", WAIT).action());
            CloudEvent result = uplink.await(e -> isResult(e, commandId), WAIT);
            assertEquals("/ocpp-gateway/gw-a", result.source());
            assertEquals("Completed", result.data().get("outcome").asText());
            // Give both instances time to misbehave: a second delivery or a second result.
            String marker = UUID.randomUUID().toString();
            downlink.put(command(marker, "MI-1", "ClearCache", "{}", null));
            onA.awaitCall("ClearCache", WAIT);
            uplink.await(e -> isResult(e, marker), WAIT);
            assertThrows(AssertionError.class, () -> onA.awaitCall("Reset", Duration.ofMillis(500)),
                    "the duplicate command id was not delivered again");
            assertEquals(1, uplink.events().stream().filter(e -> isResult(e, commandId)).count());
            assertTrue(uplink.events().stream().noneMatch(e -> e.source().equals("/ocpp-gateway/gw-b")
                    && e.type().equals(EventTypes.COMMAND_RESULT)), "gw-b published nothing for commands");

            // A backend reply is delivered by gw-a and ignored by gw-b.
            CompletableFuture<com.fasterxml.jackson.databind.JsonNode> authorize =
                    onA.callAsync("Authorize", JSON.readTree("{\"idTag\":\"MI-TAG\"}"));
            CloudEvent call = uplink.await(e -> e.type().equals(EventTypes.CALL) && e.subject().equals("MI-1")
                    && e.data().get("action").asText().equals("Authorize"), WAIT);
            ObjectNode data = JSON.createObjectNode();
            data.put("messageId", call.data().get("messageId").asText());
            data.put("connectionId", call.data().get("connectionId").asText());
            data.set("payload", JSON.readTree("{\"idTagInfo\":{\"status\":\"Accepted\"}}"));
            downlink.put(new CloudEvent(UUID.randomUUID().toString(), "/test-backend", EventTypes.REPLY, "MI-1",
                    Instant.now(), null, data));
            assertEquals("Accepted", authorize.get(20, TimeUnit.SECONDS).get("idTagInfo").get("status").asText());
            assertTrue(uplink.events().stream().noneMatch(e -> e.type().equals(EventTypes.REPLY_REJECTED)));

            // A command with expiresAt for a station connected nowhere is held by every instance
            // and delivered by the one the station connects to in time.
            String heldId = UUID.randomUUID().toString();
            downlink.put(command(heldId, "MI-2", "UnlockConnector", "{\"connectorId\":1}",
                    Instant.now().plusSeconds(45)));
            Thread.sleep(2000);
            try (OcppRpcStation onB = OcppRpcStation.connect(b.stationEndpoint(), "MI-2", List.of("ocpp1.6"))) {
                assertEquals(1, onB.awaitCall("UnlockConnector", WAIT).payload().get("connectorId").asInt());
                CloudEvent held = uplink.await(e -> isResult(e, heldId), WAIT);
                assertEquals("/ocpp-gateway/gw-b", held.source());
                assertEquals("Completed", held.data().get("outcome").asText());
            }
            // A command without expiresAt for an absent station is ignored by both.
            String ignoredId = UUID.randomUUID().toString();
            downlink.put(command(ignoredId, "MI-3", "Reset", "{\"type\":\"Hard\"}", null));
            // Both readers must have seen it before the station connects (polling reads every
            // second), or delivering it would be right.
            Thread.sleep(5000);
            try (OcppRpcStation late = OcppRpcStation.connect(b.stationEndpoint(), "MI-3", List.of("ocpp1.6"))) {
                assertThrows(AssertionError.class, () -> late.awaitCall("Reset", Duration.ofSeconds(2)));
            }
            assertTrue(uplink.events().stream().noneMatch(e -> isResult(e, ignoredId)));
        }
    }

    private static boolean isResult(CloudEvent e, String commandId) {
        return e.type().equals(EventTypes.COMMAND_RESULT) && e.data().get("commandId").asText().equals(commandId);
    }

    private static CloudEvent command(String id, String stationId, String action, String payload, Instant expiresAt)
            throws Exception {
        ObjectNode data = JSON.createObjectNode();
        data.put("action", action);
        data.set("payload", JSON.readTree(payload));
        if (expiresAt != null) {
            data.put("expiresAt", expiresAt.toString());
        }
        return new CloudEvent(id, "/test-backend", EventTypes.COMMAND, stationId, Instant.now(), null, data);
    }
}
