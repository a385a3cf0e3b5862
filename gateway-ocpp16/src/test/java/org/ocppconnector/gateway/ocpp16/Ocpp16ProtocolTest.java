package org.ocppconnector.gateway.ocpp16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.codec.DateTime;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.Direction;
import org.ocppconnector.gateway.core.spi.LocalResponseContext;
import org.ocppconnector.gateway.core.spi.OcppMessage;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.core.spi.ResponsePolicy;
import org.ocppconnector.gateway.ocpp16.message.BootNotificationConfirmation;
import org.ocppconnector.gateway.ocpp16.message.RegistrationStatus;
import org.ocppconnector.gateway.ocpp16.message.ResetRequest;
import org.ocppconnector.gateway.ocpp16.message.ResetType;

class Ocpp16ProtocolTest {

    private static final ObjectMapper MAPPER = OcppJson.newMapper();
    private static final Instant NOW = Instant.parse("2025-01-31T12:00:00.123456Z");
    private static final LocalResponseContext CONTEXT = new LocalResponseContext(NOW, 300);

    private final Ocpp16Protocol protocol = Ocpp16Protocol.INSTANCE;

    @Test
    void identifiesItselfAsOcpp16() {
        assertEquals("ocpp1.6", protocol.subprotocol());
        assertEquals("1.6", protocol.version());
        assertEquals(36, protocol.maxMessageIdLength());
        assertEquals("Ocpp16Protocol[ocpp1.6]", protocol.toString());
    }

    @Test
    void isRegisteredForServiceLoader() {
        List<OcppProtocol> found = ServiceLoader.load(OcppProtocol.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof Ocpp16Protocol)
                .toList();
        assertEquals(1, found.size());
        assertEquals("ocpp1.6", found.getFirst().subprotocol());
    }

    @Test
    void spellsErrorCodesAsOcppJ16Does() {
        Map<RpcErrorCode, String> expected = new EnumMap<>(RpcErrorCode.class);
        expected.put(RpcErrorCode.NOT_IMPLEMENTED, "NotImplemented");
        expected.put(RpcErrorCode.NOT_SUPPORTED, "NotSupported");
        expected.put(RpcErrorCode.INTERNAL_ERROR, "InternalError");
        expected.put(RpcErrorCode.PROTOCOL_ERROR, "ProtocolError");
        expected.put(RpcErrorCode.SECURITY_ERROR, "SecurityError");
        expected.put(RpcErrorCode.FORMAT_VIOLATION, "FormationViolation");
        expected.put(RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "PropertyConstraintViolation");
        expected.put(RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "OccurenceConstraintViolation");
        expected.put(RpcErrorCode.TYPE_CONSTRAINT_VIOLATION, "TypeConstraintViolation");
        expected.put(RpcErrorCode.GENERIC_ERROR, "GenericError");
        expected.put(RpcErrorCode.MESSAGE_TYPE_NOT_SUPPORTED, "FormationViolation");
        expected.put(RpcErrorCode.RPC_FRAMEWORK_ERROR, "FormationViolation");
        for (RpcErrorCode code : RpcErrorCode.values()) {
            assertEquals(expected.get(code), protocol.errorCode(code), code.name());
        }
    }

    @Test
    void parsesExactlyTheOcppJ16Spellings() {
        for (RpcErrorCode code : RpcErrorCode.values()) {
            RpcErrorCode canonical = switch (code) {
                case MESSAGE_TYPE_NOT_SUPPORTED, RPC_FRAMEWORK_ERROR -> RpcErrorCode.FORMAT_VIOLATION;
                default -> code;
            };
            assertEquals(Optional.of(canonical), protocol.parseErrorCode(protocol.errorCode(code)), code.name());
        }
        for (String foreign : List.of("FormatViolation", "OccurrenceConstraintViolation", "MessageTypeNotSupported",
                "RpcFrameworkError", "notimplemented", "")) {
            assertEquals(Optional.empty(), protocol.parseErrorCode(foreign), foreign);
        }
    }

    @Test
    void defaultPoliciesAnswerNotificationsLocally() {
        for (String action : List.of("BootNotification", "Heartbeat", "StatusNotification", "MeterValues",
                "StopTransaction", "DiagnosticsStatusNotification", "FirmwareStatusNotification",
                "LogStatusNotification", "SecurityEventNotification", "SignedFirmwareStatusNotification")) {
            assertEquals(ResponsePolicy.LOCAL, protocol.defaultPolicy(action), action);
        }
        for (String action : List.of("Authorize", "StartTransaction", "DataTransfer", "SignCertificate")) {
            assertEquals(ResponsePolicy.BACKEND, protocol.defaultPolicy(action), action);
        }
        assertEquals(14, protocol.actions(Direction.STATION_TO_CSMS).size());
        IllegalArgumentException wrongDirection = assertThrows(IllegalArgumentException.class,
                () -> protocol.defaultPolicy("Reset"));
        assertEquals("action: Reset (expected: an OCPP 1.6 station-to-CSMS action)", wrongDirection.getMessage());
        assertThrows(IllegalArgumentException.class, () -> protocol.defaultPolicy("NoSuchAction"));
    }

    @Test
    void everyDefaultLocalResponseIsAValidConfirmation() throws IOException {
        JsonNode request = MAPPER.readTree("{}");
        for (String action : protocol.actions(Direction.STATION_TO_CSMS)) {
            JsonNode response = protocol.defaultLocalResponse(action, request, CONTEXT);
            assertInstanceOf(Decoded.Valid.class, protocol.decodeResponse(action, response),
                    action + ": " + response);
        }
        assertThrows(IllegalArgumentException.class, () -> protocol.defaultLocalResponse("Reset", request, CONTEXT));
    }

    @Test
    void bootNotificationIsAcceptedWithTheClockAndTheConfiguredInterval() throws IOException {
        JsonNode response = protocol.defaultLocalResponse("BootNotification",
                MAPPER.readTree("{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\"}"), CONTEXT);
        assertEquals(MAPPER.readTree("{\"status\":\"Accepted\",\"currentTime\":\"2025-01-31T12:00:00.123Z\","
                + "\"interval\":300}"), response);
        Decoded.Valid decoded = assertInstanceOf(Decoded.Valid.class,
                protocol.decodeResponse("BootNotification", response));
        assertEquals(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED,
                DateTime.parse("2025-01-31T12:00:00.123Z"), 300), decoded.message());
    }

    @Test
    void otherLocalResponsesCarryWhatTheirSchemasRequire() throws IOException {
        JsonNode empty = MAPPER.readTree("{}");
        assertEquals(MAPPER.readTree("{\"currentTime\":\"2025-01-31T12:00:00.123Z\"}"),
                protocol.defaultLocalResponse("Heartbeat", empty, CONTEXT));
        assertEquals(empty, protocol.defaultLocalResponse("StatusNotification", empty, CONTEXT));
        assertEquals(empty, protocol.defaultLocalResponse("MeterValues", empty, CONTEXT));
        assertEquals(empty, protocol.defaultLocalResponse("StopTransaction",
                MAPPER.readTree("{\"meterStop\":5,\"timestamp\":\"2025-01-31T12:00:00Z\",\"transactionId\":1}"),
                CONTEXT));
        assertEquals(MAPPER.readTree("{\"idTagInfo\":{\"status\":\"Accepted\"}}"),
                protocol.defaultLocalResponse("StopTransaction", MAPPER.readTree("{\"idTag\":\"TAG\",\"meterStop\":5,"
                        + "\"timestamp\":\"2025-01-31T12:00:00Z\",\"transactionId\":1}"), CONTEXT));
        assertEquals(MAPPER.readTree("{\"status\":\"UnknownVendorId\"}"),
                protocol.defaultLocalResponse("DataTransfer", empty, CONTEXT));
        assertEquals(MAPPER.readTree("{\"status\":\"Rejected\"}"),
                protocol.defaultLocalResponse("SignCertificate", empty, CONTEXT));
        JsonNode started = protocol.defaultLocalResponse("StartTransaction", empty, CONTEXT);
        assertEquals(NOW.getEpochSecond(), started.get("transactionId").asLong());
        assertEquals("Accepted", started.path("idTagInfo").path("status").asText());
    }

    @Test
    void unknownActionIsNotImplemented() throws IOException {
        JsonNode payload = MAPPER.readTree("{}");
        for (Decoded decoded : List.of(protocol.decodeRequest("FooBar", payload),
                protocol.decodeResponse("FooBar", payload), protocol.decodeRequest("heartbeat", payload))) {
            Decoded.Invalid invalid = assertInstanceOf(Decoded.Invalid.class, decoded);
            assertEquals(RpcErrorCode.NOT_IMPLEMENTED, invalid.errorCode());
            assertTrue(invalid.description().startsWith("action: '"), invalid.description());
        }
    }

    @Test
    void encodesRecordsBuiltInCode() throws IOException {
        assertEquals(MAPPER.readTree("{\"type\":\"Hard\"}"), protocol.encode(new ResetRequest(ResetType.HARD)));
        Decoded.Valid decoded = assertInstanceOf(Decoded.Valid.class,
                protocol.decodeRequest("Reset", MAPPER.readTree("{\"type\":\"Soft\"}")));
        assertEquals(new ResetRequest(ResetType.SOFT), decoded.message());
    }

    @Test
    void refusesToEncodeAnotherVersionsMessage() {
        OcppMessage foreign = new OcppMessage() {
            @Override
            public String action() {
                return "Reset";
            }

            @Override
            public boolean isRequest() {
                return true;
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> protocol.encode(foreign));
        assertTrue(e.getMessage().endsWith("(expected: an OCPP 1.6 message)"), e.getMessage());
    }

    @Test
    void actionSetsAreImmutableAndShared() {
        Set<String> station = protocol.actions(Direction.STATION_TO_CSMS);
        assertThrows(UnsupportedOperationException.class, () -> station.add("Reset"));
        assertSame(station, new Ocpp16Protocol().actions(Direction.STATION_TO_CSMS));
        assertTrue(station.contains("DataTransfer"));
        assertTrue(protocol.actions(Direction.CSMS_TO_STATION).contains("DataTransfer"));
    }
}
