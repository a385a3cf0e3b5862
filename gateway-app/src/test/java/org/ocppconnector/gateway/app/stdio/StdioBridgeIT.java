package org.ocppconnector.gateway.app.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.junit.jupiter.api.Timeout;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.testkit.OcppRpcStation;

/**
 * The packaged gateway with {@code GATEWAY_BRIDGE=stdio}, as {@code java -jar ocpp-gateway.jar | jq}
 * runs it: ocpp-rpc in strict mode as the OCPP 1.6 station, the process's stdout as the uplink and
 * its stdin as the downlink, no Kinesis and no AWS variables.
 */
@Timeout(180)
class StdioBridgeIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = OcppJson.newMapper();

    private static CloudEvent downlink(String type, String id, String stationId, JsonNode data) {
        return new CloudEvent(id, "/test-backend", type, stationId, Instant.now(), null, data);
    }

    private static boolean isCall(CloudEvent e, String stationId, String action) {
        return e.type().equals(EventTypes.CALL) && e.subject().equals(stationId)
                && e.data().path("action").asText().equals(action);
    }

    @Test
    void eventsOnStdoutCommandsAndRepliesFromStdin() throws Exception {
        try (StdioGatewayProcess gateway = StdioGatewayProcess.start("gw-stdio",
                Map.of("GATEWAY_BACKEND_REPLY_TIMEOUT_SECONDS", "15"))) {
            // Garbage first: logged on stderr and skipped, the next lines still work.
            gateway.send("hello gateway, this is not an event");

            try (OcppRpcStation station = OcppRpcStation.connect(gateway.stationEndpoint(), "CP-STDIO",
                    List.of("ocpp1.6"))) {
                CloudEvent connected = gateway.await(e -> e.type().equals(EventTypes.STATION_CONNECTED)
                        && e.subject().equals("CP-STDIO"), WAIT);
                assertEquals("/ocpp-gateway/gw-stdio", connected.source());
                assertEquals("1.6", connected.ocppVersion());

                JsonNode boot = station.call("BootNotification",
                        "{\"chargePointVendor\":\"ACME\",\"chargePointModel\":\"Wallbox 7\"}");
                assertEquals("Accepted", boot.get("status").asText());
                CloudEvent bootEvent = gateway.await(e -> isCall(e, "CP-STDIO", "BootNotification"), WAIT);
                assertEquals(boot, bootEvent.data().get("response"), "the event carries the response the station got");

                // A command written to stdin reaches the station; its result comes out on stdout.
                String commandId = UUID.randomUUID().toString();
                ObjectNode reset = JSON.createObjectNode().put("action", "Reset");
                reset.set("payload", JSON.createObjectNode().put("type", "Soft"));
                gateway.send(downlink(EventTypes.COMMAND, commandId, "CP-STDIO", reset));
                OcppRpcStation.IncomingCall call = station.awaitCall("Reset", WAIT);
                assertEquals("Soft", call.payload().get("type").asText());
                CloudEvent result = gateway.await(e -> e.type().equals(EventTypes.COMMAND_RESULT)
                        && e.data().path("commandId").asText().equals(commandId), WAIT);
                assertEquals("Completed", result.data().get("outcome").asText());
                assertEquals("Accepted", result.data().get("response").get("status").asText());

                // A backend-policy Authorize is answered by an ocpp.reply written to stdin.
                CompletableFuture<JsonNode> authorize = station.callAsync("Authorize",
                        JSON.readTree("{\"idTag\":\"TAG-42\"}"));
                CloudEvent authorizeEvent = gateway.await(e -> isCall(e, "CP-STDIO", "Authorize"), WAIT);
                assertEquals("backend", authorizeEvent.data().get("policy").asText());
                assertFalse(authorize.isDone(), "no answer before the backend replies");
                ObjectNode reply = JSON.createObjectNode()
                        .put("messageId", authorizeEvent.data().get("messageId").asText());
                reply.set("payload", JSON.readTree("{\"idTagInfo\":{\"status\":\"Accepted\"}}"));
                gateway.send(downlink(EventTypes.REPLY, UUID.randomUUID().toString(), "CP-STDIO", reply));
                assertEquals("Accepted", authorize.get(WAIT.toSeconds(), TimeUnit.SECONDS)
                        .get("idTagInfo").get("status").asText());
            }
            gateway.await(e -> e.type().equals(EventTypes.STATION_DISCONNECTED) && e.subject().equals("CP-STDIO"), WAIT);

            // The end of stdin is not the end of the gateway: still ready, still serving stations.
            gateway.closeStdin();
            gateway.awaitLog("stdin reached its end", WAIT);
            assertEquals(200, gateway.health("/health/ready"));
            try (OcppRpcStation late = OcppRpcStation.connect(gateway.stationEndpoint(), "CP-LATE", List.of("ocpp1.6"))) {
                assertTrue(late.call("Heartbeat", "{}").has("currentTime"));
                gateway.await(e -> isCall(e, "CP-LATE", "Heartbeat"), WAIT);
            }

            assertEquals(0, gateway.stop(Duration.ofSeconds(20)), "clean exit on SIGTERM");
            assertEquals(List.of(), gateway.notEvents(), "stdout carries CloudEvent lines and nothing else");
            assertTrue(gateway.lineCount() >= 8, "events: " + gateway.events());
            List<String> calls = gateway.events().stream()
                    .filter(e -> e.subject().equals("CP-STDIO") && e.type().equals(EventTypes.CALL))
                    .map(e -> e.data().get("action").asText()).toList();
            assertEquals(List.of("BootNotification", "Authorize"), calls, "once each, in the station's order");

            // The logs, startup lines included, went to stderr.
            String log = gateway.log();
            for (String expected : List.of("stdio bridge", "listening on", "admin port", "downlink reader ready",
                    "stdin line 1 skipped", "shutdown complete")) {
                assertTrue(log.contains(expected), "stderr has '" + expected + "': " + log);
            }
        }
    }

    @Test
    void aClosedStdoutFailsStationCallsInsteadOfAcknowledgingThem() throws Exception {
        try (StdioGatewayProcess gateway = StdioGatewayProcess.start("gw-epipe", Map.of(), false)) {
            try (OcppRpcStation station = OcppRpcStation.connect(gateway.stationEndpoint(), "CP-EPIPE",
                    List.of("ocpp1.6"))) {
                for (int i = 0; i < 2; i++) {
                    OcppRpcStation.CallErrorException error = assertThrows(OcppRpcStation.CallErrorException.class,
                            () -> station.call("BootNotification",
                                    "{\"chargePointVendor\":\"ACME\",\"chargePointModel\":\"Wallbox 7\"}"));
                    assertEquals("InternalError", error.code());
                }
            }
            assertEquals(200, gateway.health("/health/live"));
            assertEquals(0, gateway.stop(Duration.ofSeconds(20)));
            String log = gateway.log();
            assertEquals(1, log.split("cannot write to stdout", -1).length - 1, "logged once: " + log);
        }
    }
}
