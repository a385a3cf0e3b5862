package org.ocppconnector.gateway.ocpp201;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocppconnector.gateway.ocpp201.Golden.MAPPER;
import static org.ocppconnector.gateway.ocpp201.Golden.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.Direction;
import org.ocppconnector.gateway.core.spi.LocalResponseContext;
import org.ocppconnector.gateway.core.spi.OcppMessage;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.core.spi.ResponsePolicy;
import org.ocppconnector.gateway.ocpp201.message.BootNotificationResponse;
import org.ocppconnector.gateway.ocpp201.message.RegistrationStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.ResetEnumType;
import org.ocppconnector.gateway.ocpp201.message.ResetRequest;

class Ocpp201ProtocolTest {

    private static final Instant NOW = Instant.parse("2025-01-31T12:34:56.789123Z");
    private static final LocalResponseContext CONTEXT = new LocalResponseContext(NOW, 120);

    private final Ocpp201Protocol protocol = Ocpp201Protocol.INSTANCE;

    @Test
    void identity() {
        assertEquals("ocpp2.0.1", protocol.subprotocol());
        assertEquals("2.0.1", protocol.version());
        assertEquals(36, protocol.maxMessageIdLength());
        assertEquals("Ocpp201Protocol[ocpp2.0.1]", protocol.toString());
    }

    @Test
    void isFoundByServiceLoader() {
        assertTrue(ServiceLoader.load(OcppProtocol.class).stream()
                .anyMatch(provider -> provider.type() == Ocpp201Protocol.class));
    }

    @Test
    void errorCodesAreSpelledAs201SpellsThem() {
        Map<RpcErrorCode, String> expected = Map.ofEntries(
                Map.entry(RpcErrorCode.NOT_IMPLEMENTED, "NotImplemented"),
                Map.entry(RpcErrorCode.NOT_SUPPORTED, "NotSupported"),
                Map.entry(RpcErrorCode.INTERNAL_ERROR, "InternalError"),
                Map.entry(RpcErrorCode.PROTOCOL_ERROR, "ProtocolError"),
                Map.entry(RpcErrorCode.SECURITY_ERROR, "SecurityError"),
                Map.entry(RpcErrorCode.FORMAT_VIOLATION, "FormatViolation"),
                Map.entry(RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "PropertyConstraintViolation"),
                Map.entry(RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "OccurrenceConstraintViolation"),
                Map.entry(RpcErrorCode.TYPE_CONSTRAINT_VIOLATION, "TypeConstraintViolation"),
                Map.entry(RpcErrorCode.GENERIC_ERROR, "GenericError"),
                Map.entry(RpcErrorCode.MESSAGE_TYPE_NOT_SUPPORTED, "MessageTypeNotSupported"),
                Map.entry(RpcErrorCode.RPC_FRAMEWORK_ERROR, "RpcFrameworkError"));
        assertEquals(RpcErrorCode.values().length, expected.size());
        for (RpcErrorCode code : RpcErrorCode.values()) {
            assertEquals(expected.get(code), protocol.errorCode(code));
            assertEquals(Optional.of(code), protocol.parseErrorCode(expected.get(code)));
        }
    }

    @Test
    void parsesOnly201Spellings() {
        for (String foreign : List.of("FormationViolation", "OccurenceConstraintViolation", "formatViolation",
                "NotImplemented ", "", "Unknown")) {
            assertEquals(Optional.empty(), protocol.parseErrorCode(foreign), foreign);
        }
    }

    @Test
    void defaultPolicies() {
        Map<String, ResponsePolicy> expected = new TreeMap<>();
        for (String local : List.of("BootNotification", "Heartbeat", "StatusNotification", "MeterValues",
                "TransactionEvent", "NotifyEvent", "NotifyReport", "NotifyMonitoringReport",
                "FirmwareStatusNotification", "LogStatusNotification", "PublishFirmwareStatusNotification",
                "SecurityEventNotification", "NotifyChargingLimit", "ClearedChargingLimit", "ReportChargingProfiles",
                "NotifyEVChargingSchedule", "NotifyDisplayMessages", "NotifyCustomerInformation",
                "ReservationStatusUpdate")) {
            expected.put(local, ResponsePolicy.LOCAL);
        }
        for (String backend : List.of("Authorize", "DataTransfer", "NotifyEVChargingNeeds", "Get15118EVCertificate",
                "GetCertificateStatus", "SignCertificate")) {
            expected.put(backend, ResponsePolicy.BACKEND);
        }
        assertEquals(expected.keySet(), Set.copyOf(protocol.actions(Direction.STATION_TO_CSMS)));
        for (Map.Entry<String, ResponsePolicy> entry : expected.entrySet()) {
            assertEquals(entry.getValue(), protocol.defaultPolicy(entry.getKey()), entry.getKey());
        }
        assertThrows(IllegalArgumentException.class, () -> protocol.defaultPolicy("Reset"));
        assertThrows(IllegalArgumentException.class, () -> protocol.defaultPolicy("StartTransaction"));
    }

    @Test
    void everyDefaultLocalResponseIsAValidResponse() throws IOException {
        JsonNode empty = json("{}");
        for (String action : protocol.actions(Direction.STATION_TO_CSMS)) {
            JsonNode response = protocol.defaultLocalResponse(action, empty, CONTEXT);
            Decoded decoded = protocol.decodeResponse(action, response);
            Decoded.Valid valid = assertInstanceOf(Decoded.Valid.class, decoded, () -> action + ": " + decoded);
            assertEquals(response, protocol.encode(valid.message()), action);
        }
        assertThrows(IllegalArgumentException.class, () -> protocol.defaultLocalResponse("Reset", empty, CONTEXT));
    }

    @Test
    void defaultLocalResponses() throws IOException {
        JsonNode empty = json("{}");
        BootNotificationResponse boot = (BootNotificationResponse) ((Decoded.Valid) protocol.decodeResponse(
                "BootNotification", protocol.defaultLocalResponse("BootNotification", empty, CONTEXT))).message();
        assertEquals(RegistrationStatusEnumType.ACCEPTED, boot.status());
        assertEquals(120, boot.interval());
        assertEquals("2025-01-31T12:34:56.789Z", boot.currentTime().text());
        assertEquals(json("{\"currentTime\":\"2025-01-31T12:34:56.789Z\"}"),
                protocol.defaultLocalResponse("Heartbeat", empty, CONTEXT));
        for (String action : List.of("StatusNotification", "MeterValues", "NotifyEvent", "NotifyReport",
                "NotifyMonitoringReport", "FirmwareStatusNotification", "LogStatusNotification",
                "PublishFirmwareStatusNotification", "SecurityEventNotification", "NotifyChargingLimit",
                "ClearedChargingLimit", "ReportChargingProfiles", "NotifyDisplayMessages", "NotifyCustomerInformation",
                "ReservationStatusUpdate", "TransactionEvent")) {
            assertEquals(empty, protocol.defaultLocalResponse(action, empty, CONTEXT), action);
        }
        assertEquals(json("{\"idTokenInfo\":{\"status\":\"Accepted\"}}"), protocol.defaultLocalResponse(
                "TransactionEvent", json("{\"idToken\":{\"idToken\":\"A\",\"type\":\"Local\"}}"), CONTEXT));
        assertEquals(json("{\"status\":\"Accepted\"}"),
                protocol.defaultLocalResponse("NotifyEVChargingSchedule", empty, CONTEXT));
        assertEquals(json("{\"idTokenInfo\":{\"status\":\"Accepted\"}}"),
                protocol.defaultLocalResponse("Authorize", empty, CONTEXT));
        assertEquals(json("{\"status\":\"UnknownVendorId\"}"),
                protocol.defaultLocalResponse("DataTransfer", empty, CONTEXT));
        assertEquals(json("{\"status\":\"Rejected\"}"),
                protocol.defaultLocalResponse("NotifyEVChargingNeeds", empty, CONTEXT));
        assertEquals(json("{\"status\":\"Failed\",\"exiResponse\":\"\"}"),
                protocol.defaultLocalResponse("Get15118EVCertificate", empty, CONTEXT));
        assertEquals(json("{\"status\":\"Failed\"}"),
                protocol.defaultLocalResponse("GetCertificateStatus", empty, CONTEXT));
        assertEquals(json("{\"status\":\"Rejected\"}"),
                protocol.defaultLocalResponse("SignCertificate", empty, CONTEXT));
    }

    @Test
    void unknownActionIsNotImplemented() throws IOException {
        JsonNode payload = json("{}");
        for (Decoded decoded : List.of(protocol.decodeRequest("StartTransaction", payload),
                protocol.decodeResponse("FooBar", payload), protocol.decodeRequest("heartbeat", payload))) {
            Decoded.Invalid invalid = assertInstanceOf(Decoded.Invalid.class, decoded);
            assertEquals(RpcErrorCode.NOT_IMPLEMENTED, invalid.errorCode());
            assertTrue(invalid.description().endsWith("' is not an OCPP 2.0.1 action"), invalid.description());
        }
    }

    @Test
    void encodesRecordsBuiltInCode() throws IOException {
        assertEquals(json("{\"type\":\"OnIdle\",\"evseId\":2}"),
                protocol.encode(new ResetRequest(ResetEnumType.ON_IDLE, 2)));
        Decoded.Valid decoded = assertInstanceOf(Decoded.Valid.class,
                protocol.decodeRequest("Reset", json("{\"type\":\"Immediate\"}")));
        assertEquals(new ResetRequest(ResetEnumType.IMMEDIATE, null), decoded.message());
        assertEquals("{\"type\":\"Immediate\"}", MAPPER.writeValueAsString(protocol.encode(decoded.message())));
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
        assertTrue(e.getMessage().endsWith("(expected: an OCPP 2.0.1 message)"), e.getMessage());
    }

    @Test
    void actionSetsAreImmutableAndShared() {
        Set<String> station = protocol.actions(Direction.STATION_TO_CSMS);
        assertThrows(UnsupportedOperationException.class, () -> station.add("Reset"));
        assertSame(station, new Ocpp201Protocol().actions(Direction.STATION_TO_CSMS));
        for (Direction direction : EnumSet.allOf(Direction.class)) {
            assertTrue(protocol.actions(direction).contains("DataTransfer"), direction::toString);
        }
    }
}
