package org.ocppconnector.gateway.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ocppconnector.gateway.testkit.OcppRpcStation.CallErrorException;
import org.ocppconnector.gateway.testkit.OcppRpcStation.CallErrorException.Origin;
import org.ocppconnector.gateway.testkit.OcppRpcStation.CloseStatus;
import org.ocppconnector.gateway.testkit.OcppRpcStation.ConnectionFailedException;
import org.ocppconnector.gateway.testkit.OcppRpcStation.IncomingCall;
import org.ocppconnector.gateway.testkit.OcppRpcStation.StrictValidationFailure;

/** Self-test of {@link OcppRpcStation} (station.js) against a plain ocpp-rpc server standing in for the gateway. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OcppRpcStationTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String BOOT_16 = "{\"chargePointVendor\":\"Acme\",\"chargePointModel\":\"Selftest\"}";
    private static final String BOOT_201 =
            "{\"reason\":\"PowerUp\",\"chargingStation\":{\"vendorName\":\"Acme\",\"model\":\"Selftest\"}}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SelftestServer server;

    @BeforeAll
    static void startServer() {
        server = SelftestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void negotiatesOcpp16AndRoundTripsBootNotification() {
        try (OcppRpcStation station = OcppRpcStation.connect(server.endpoint(), "CS-boot16", List.of("ocpp1.6"))) {
            assertEquals("ocpp1.6", station.protocol());
            assertEquals("ocpp1.6", server.awaitEvent("client", "CS-boot16", WAIT).path("protocol").asText());

            JsonNode result = station.call("BootNotification", BOOT_16);

            assertEquals("Accepted", result.path("status").asText());
            assertEquals(300, result.path("interval").asInt());
            assertEquals("Selftest", server.awaitEvent("call", "CS-boot16", WAIT).path("payload").path("chargePointModel").asText());
        }
    }

    @Test
    void theServerPicksOcpp201FromTheOfferedList() {
        try (OcppRpcStation station =
                OcppRpcStation.connect(server.endpoint(), "CS-boot201", List.of("ocpp1.6", "ocpp2.0.1"))) {
            // ocpp-rpc's server picks its own first preference (ocpp2.0.1) that the client offers.
            assertEquals("ocpp2.0.1", station.protocol());
            assertEquals("Accepted", station.call("BootNotification", BOOT_201).path("status").asText());
        }
    }

    @Test
    void answersAServerInitiatedResetWithTheDefaultAndReportsTheCall() {
        try (OcppRpcStation station = OcppRpcStation.connect(server.endpoint(), "CS-reset", List.of("ocpp1.6"))) {
            JsonNode answer = server.call("CS-reset", "Reset", "{\"type\":\"Soft\"}");
            assertEquals("{\"status\":\"Accepted\"}", answer.path("payload").toString());

            IncomingCall call = station.awaitCall("Reset", WAIT);
            assertEquals("Soft", call.payload().path("type").asText());
            assertFalse(call.messageId().isEmpty());
            JsonNode reply = station.awaitEvent("callReply", WAIT);
            assertEquals(call.messageId(), reply.path("messageId").asText());

            JsonNode config = server.call("CS-reset", "GetConfiguration", "{\"key\":[\"HeartbeatInterval\"]}");
            assertEquals("{\"configurationKey\":[],\"unknownKey\":[\"HeartbeatInterval\"]}", config.path("payload").toString());
        }
    }

    @Test
    void handleOverridesTheAnswerUntilReset() {
        try (OcppRpcStation station = OcppRpcStation.connect(server.endpoint(), "CS-handle", List.of("ocpp1.6"))) {
            station.handle("Reset", "{\"status\":\"Rejected\"}");
            assertEquals("Rejected", server.call("CS-handle", "Reset", "{\"type\":\"Hard\"}").path("payload").path("status").asText());

            station.handleError("Reset", "NotSupported", "not today");
            JsonNode error = server.call("CS-handle", "Reset", "{\"type\":\"Hard\"}");
            assertEquals("callError", error.path("event").asText());
            assertEquals("NotSupported", error.path("code").asText());
            assertEquals("not today", error.path("description").asText());

            station.handleDefault("Reset");
            assertEquals("Accepted", server.call("CS-handle", "Reset", "{\"type\":\"Hard\"}").path("payload").path("status").asText());
        }
    }

    @Test
    void getVariablesDefaultIsBuiltFromTheRequest() {
        try (OcppRpcStation station = OcppRpcStation.connect(server.endpoint(), "CS-getvars", List.of("ocpp2.0.1"))) {
            JsonNode answer = server.call("CS-getvars", "GetVariables",
                    "{\"getVariableData\":[{\"component\":{\"name\":\"OCPPCommCtrlr\"},\"variable\":{\"name\":\"HeartbeatInterval\"}}]}");
            JsonNode result = answer.path("payload").path("getVariableResult").path(0);
            assertEquals("OCPPCommCtrlr", result.path("component").path("name").asText());
            assertEquals("HeartbeatInterval", result.path("variable").path("name").asText());
            assertEquals("UnknownVariable", result.path("attributeStatus").asText());
            assertEquals("GetVariables", station.awaitCall("GetVariables", WAIT).action());
        }
    }

    @Test
    void strictModeRejectsAnInvalidCallFromTheServer() {
        try (OcppRpcStation v16 = OcppRpcStation.connect(server.endpoint(), "CS-strict16", List.of("ocpp1.6"));
                OcppRpcStation v201 = OcppRpcStation.connect(server.endpoint(), "CS-strict201", List.of("ocpp2.0.1"))) {
            // ocpp-rpc spells it per the OCPP-J 1.6 errata on 1.6, but misspells it on 2.0.1.
            assertEquals("OccurrenceConstraintViolation", server.call("CS-strict16", "Reset", "{}").path("code").asText());
            assertEquals("OccurenceConstraintViolation", server.call("CS-strict201", "Reset", "{}").path("code").asText());

            StrictValidationFailure failure = v16.awaitStrictValidationFailure(WAIT);
            assertEquals("Reset", failure.action());
            assertTrue(failure.isCall());
            assertFalse(failure.outbound());
            assertEquals("{}", v16.awaitCall("Reset", WAIT).payload().toString());
            assertEquals("OccurenceConstraintViolation", v201.awaitStrictValidationFailure(WAIT).code());
        }
    }

    @Test
    void strictModeRejectsAnInvalidResultAndItsOwnInvalidCall() {
        try (OcppRpcStation station = OcppRpcStation.connect(server.endpoint(), "CS-badresult", List.of("ocpp1.6"))) {
            CallErrorException bad = assertThrows(CallErrorException.class, () -> station.call("DataTransfer",
                    "{\"vendorId\":\"selftest\",\"messageId\":\"invalidResponse\"}"));
            assertEquals(Origin.VALIDATION, bad.origin());
            assertEquals("FormatViolation", bad.code());
            assertTrue(bad.details().path("errors").isArray());
            StrictValidationFailure failure = station.awaitStrictValidationFailure(WAIT);
            assertFalse(failure.isCall());
            assertEquals("Bogus", failure.payload().path("status").asText());

            CallErrorException own = assertThrows(CallErrorException.class,
                    () -> station.call("BootNotification", "{\"chargePointVendor\":\"Acme\"}"));
            assertEquals(Origin.VALIDATION, own.origin());
            assertEquals("OccurenceConstraintViolation", own.code());
            assertNull(own.messageId(), "never sent");
        }
    }

    @Test
    void callErrorsKeepTheGatewaysCodeAndTimeoutsAreReported() {
        try (OcppRpcStation station = OcppRpcStation.connect(server.endpoint(), "CS-callerror", List.of("ocpp2.0.1"))) {
            CallErrorException notSupported = assertThrows(CallErrorException.class,
                    () -> station.call("DataTransfer", "{\"vendorId\":\"selftest\",\"messageId\":\"notSupported\"}"));
            assertEquals(Origin.REMOTE, notSupported.origin());
            assertEquals("NotSupported", notSupported.code());
            assertEquals("not here", notSupported.description());
            assertEquals("selftest", notSupported.details().path("hint").asText());

            // ocpp-rpc itself would report an unknown code as GenericError.
            CallErrorException custom = assertThrows(CallErrorException.class,
                    () -> station.call("DataTransfer", "{\"vendorId\":\"selftest\",\"messageId\":\"customCode\"}"));
            assertEquals("SomethingOdd", custom.code());

            CallErrorException timeout = assertThrows(CallErrorException.class, () -> station.call("DataTransfer",
                    JSON.createObjectNode().put("vendorId", "selftest").put("messageId", "noReply"), Duration.ofMillis(300)));
            assertEquals(Origin.TIMEOUT, timeout.origin());
            assertEquals("Timeout", timeout.code());

            JsonNode echo = station.call("DataTransfer", "{\"vendorId\":\"selftest\",\"data\":\"ping\"}");
            assertEquals("ping", echo.path("data").asText());
        }
    }

    @Test
    void rawFramesGoOutAndTheRepliesComeBack() {
        try (OcppRpcStation station = OcppRpcStation.connect(server.endpoint(), "CS-raw", List.of("ocpp1.6"))) {
            station.sendRaw("this is not json");
            assertEquals("this is not json", server.awaitEvent("badMessage", "CS-raw", WAIT).path("frame").asText());
            assertEquals("[4,\"-1\",\"RpcFrameworkError\",\"Message must be a JSON structure\",{}]",
                    station.awaitRawMessage(WAIT));

            station.sendRaw("[2,\"raw-1\",\"Heartbeat\",{}]");
            JsonNode reply = parse(station.awaitRawMessage(WAIT));
            assertEquals(3, reply.path(0).asInt());
            assertEquals("raw-1", reply.path(1).asText());
            assertTrue(reply.path(2).has("currentTime"));
        }
    }

    @Test
    void closeCodesInBothDirections() {
        try (OcppRpcStation station = OcppRpcStation.connect(server.endpoint(), "CS-close", List.of("ocpp1.6"))) {
            assertEquals(new CloseStatus(4001, "bye"), station.closeConnection(4001, "bye"));
            assertEquals(new CloseStatus(4001, "bye"), station.awaitClose(WAIT));
            JsonNode disconnect = server.awaitEvent("disconnect", "CS-close", WAIT);
            assertEquals(4001, disconnect.path("code").asInt());
            assertFalse(station.isOpen());

            assertEquals("ocpp1.6", station.reconnect());
            assertTrue(station.isOpen());
            server.command("close", "CS-close", JSON.createObjectNode().put("code", 4000).put("reason", "kicked"));
            assertEquals(new CloseStatus(4000, "kicked"), station.awaitClose(WAIT));
        }
    }

    @Test
    void killDropsTheConnectionWithoutACloseFrame() {
        OcppRpcStation station = OcppRpcStation.connect(server.endpoint(), "CS-kill", List.of("ocpp1.6"));
        station.kill();
        assertEquals(1006, server.awaitEvent("disconnect", "CS-kill", WAIT).path("code").asInt());
        station.close();
    }

    @Test
    void aRefusedUpgradeFailsTheConnectWithItsStatus() {
        ConnectionFailedException e = assertThrows(ConnectionFailedException.class,
                () -> OcppRpcStation.connect(server.endpoint(), "reject-me", List.of("ocpp1.6")));
        assertEquals(401, e.httpStatus());
    }

    @Test
    void noCommonSubprotocolFailsTheConnect() {
        ConnectionFailedException e = assertThrows(ConnectionFailedException.class,
                () -> OcppRpcStation.connect(server.endpoint(), "CS-noproto", List.of("ocpp2.1")));
        assertTrue(e.getMessage().contains("subprotocol"), e.getMessage());
    }

    @Test
    void aRefusedTcpConnectionFailsTheConnect() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ConnectionFailedException e = assertThrows(ConnectionFailedException.class, () -> OcppRpcStation.connect(
                java.net.URI.create("ws://127.0.0.1:" + closedPort + "/ocpp"), "CS-refused", List.of("ocpp1.6")));
        assertTrue(e.getMessage().contains("ECONNREFUSED"), e.getMessage());
        assertEquals(-1, e.httpStatus());
    }

    @Test
    void sendsTheBasicAuthPassword() {
        try (OcppRpcStation station = OcppRpcStation.builder(server.endpoint(), "CS-auth")
                .protocols("ocpp1.6")
                .password("s3cret-Passw0rd")
                .connect()) {
            assertEquals("s3cret-Passw0rd", server.awaitEvent("client", "CS-auth", WAIT).path("password").asText());
            assertTrue(station.options().toString().contains("password=****"));
        }
    }

    @Test
    void defaultAnswersAreValidForEverySchema() throws Exception {
        Process check = new ProcessBuilder(Fixtures.node(), "station.js", "--check-defaults")
                .directory(Fixtures.dir().toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(check.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, check.exitValue(), output);
        assertTrue(output.contains("\"failures\":0"), output);
    }

    @Test
    void optionsAreValidated() {
        assertThrows(IllegalArgumentException.class,
                () -> OcppRpcStation.builder(java.net.URI.create("http://127.0.0.1:1/ocpp"), "CS").build());
        assertThrows(IllegalArgumentException.class,
                () -> OcppRpcStation.builder(server.endpoint(), "CS").protocols(List.of()).build());
        assertThrows(IllegalArgumentException.class,
                () -> OcppRpcStation.builder(server.endpoint(), "CS").callTimeout(Duration.ZERO).build());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(json, e);
        }
    }
}
