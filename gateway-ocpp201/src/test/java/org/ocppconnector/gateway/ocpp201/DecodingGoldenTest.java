package org.ocppconnector.gateway.ocpp201;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ocppconnector.gateway.ocpp201.Golden.assertInvalidRequest;
import static org.ocppconnector.gateway.ocpp201.Golden.assertInvalidResponse;
import static org.ocppconnector.gateway.ocpp201.Golden.json;
import static org.ocppconnector.gateway.ocpp201.Golden.request;
import static org.ocppconnector.gateway.ocpp201.Golden.response;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.ocpp201.message.CancelReservationRequest;
import org.ocppconnector.gateway.ocpp201.message.CertificateActionEnumType;
import org.ocppconnector.gateway.ocpp201.message.ComponentCriterionEnumType;
import org.ocppconnector.gateway.ocpp201.message.Get15118EVCertificateRequest;
import org.ocppconnector.gateway.ocpp201.message.GetReportRequest;
import org.ocppconnector.gateway.ocpp201.message.HeartbeatResponse;
import org.ocppconnector.gateway.ocpp201.message.PublishFirmwareStatusNotificationRequest;
import org.ocppconnector.gateway.ocpp201.message.PublishFirmwareStatusEnumType;

/** The error codes of OCPP 2.0.1 part 4 §4.3 and the paths in their descriptions, across functional blocks. */
class DecodingGoldenTest {

    @Test
    void formatViolations() throws IOException {
        assertInvalidRequest("Authorize", "[]", RpcErrorCode.FORMAT_VIOLATION, "payload: expected object, got array");
        assertInvalidRequest("Heartbeat", "\"{}\"",
                RpcErrorCode.FORMAT_VIOLATION, "payload: expected object, got string");
        assertInvalidRequest("Heartbeat", "{\"colour\":\"red\"}",
                RpcErrorCode.FORMAT_VIOLATION, "colour: unknown property");
    }

    @Test
    void occurrenceConstraintViolations() throws IOException {
        assertInvalidRequest("BootNotification", "{\"reason\":\"PowerUp\"}",
                RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "chargingStation: missing");
        assertInvalidRequest("GetReport",
                "{\"requestId\":1,\"componentCriteria\":[\"Active\",\"Available\",\"Enabled\",\"Problem\",\"Active\"]}",
                RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "componentCriteria: 5 items (expected: <= 4)");
        assertInvalidRequest("ClearVariableMonitoring", "{\"id\":[]}",
                RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "id: 0 items (expected: >= 1)");
    }

    @Test
    void typeConstraintViolations() throws IOException {
        assertInvalidRequest("ClearVariableMonitoring", "{\"id\":[1,\"2\"]}",
                RpcErrorCode.TYPE_CONSTRAINT_VIOLATION, "id[1]: expected integer, got string");
        assertInvalidRequest("CancelReservation", "{\"reservationId\":5.5}",
                RpcErrorCode.TYPE_CONSTRAINT_VIOLATION, "reservationId: expected integer, got 5.5");
        assertInvalidRequest("CancelReservation", "{\"reservationId\":null}",
                RpcErrorCode.TYPE_CONSTRAINT_VIOLATION, "reservationId: expected integer, got null");
        assertInvalidResponse("GetTransactionStatus", "{\"messagesInQueue\":\"false\"}",
                RpcErrorCode.TYPE_CONSTRAINT_VIOLATION, "messagesInQueue: expected boolean, got string");
        assertInvalidRequest("CostUpdated", "{\"totalCost\":true,\"transactionId\":\"T\"}",
                RpcErrorCode.TYPE_CONSTRAINT_VIOLATION, "totalCost: expected number, got boolean");
    }

    @Test
    void propertyConstraintViolations() throws IOException {
        assertInvalidRequest("Authorize",
                "{\"idToken\":{\"idToken\":\"" + "1".repeat(37) + "\",\"type\":\"ISO14443\"}}",
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "idToken.idToken: length 37 (expected: <= 36)");
        assertInvalidRequest("GetReport", "{\"requestId\":1,\"componentCriteria\":[\"Active\",\"Bogus\"]}",
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                "componentCriteria[1]: 'Bogus' is not one of [Active, Available, Enabled, Problem]");
        assertInvalidRequest("PublishFirmwareStatusNotification",
                "{\"status\":\"Published\",\"location\":[\"https://a\",\"" + "u".repeat(513) + "\"]}",
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "location[1]: length 513 (expected: <= 512)");
        assertInvalidResponse("Heartbeat", "{\"currentTime\":\"2025-02-29T00:00:00Z\"}",
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                "currentTime: '2025-02-29T00:00:00Z' is not an RFC 3339 date-time");
        assertInvalidRequest("CancelReservation", "{\"reservationId\":2147483648}",
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "reservationId: 2147483648 (expected: a 32-bit integer)");
        assertInvalidRequest("CostUpdated", "{\"totalCost\":1E+999999999,\"transactionId\":\"T\"}",
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "totalCost: 1E+999999999 (expected: a finite number)");
    }

    @Test
    void integerWithZeroFractionIsAnIntegerAsJsonSchemaDefinesIt() throws IOException {
        for (String five : List.of("5.0", "5.000", "5E0", "0.5E1")) {
            Decoded.Valid valid = (Decoded.Valid) Golden.PROTOCOL.decodeRequest("CancelReservation",
                    json("{\"reservationId\":" + five + "}"));
            assertEquals(new CancelReservationRequest(5), valid.message());
            assertEquals("{\"reservationId\":5}", Golden.encode(valid.message()));
        }
    }

    @Test
    void arraysOfStringsIntegersAndEnums() throws IOException {
        GetReportRequest report = request("GetReport", """
                {"componentVariable":[{"component":{"name":"EVSE"}}],"requestId":3,\
                "componentCriteria":["Problem","Enabled"]}""", GetReportRequest.class);
        assertEquals(List.of(ComponentCriterionEnumType.PROBLEM, ComponentCriterionEnumType.ENABLED),
                report.componentCriteria());
        PublishFirmwareStatusNotificationRequest published = request("PublishFirmwareStatusNotification",
                "{\"status\":\"Published\",\"location\":[\"https://lc.example/fw.bin\",\"ftp://lc.example/fw.bin\"],"
                        + "\"requestId\":9}", PublishFirmwareStatusNotificationRequest.class);
        assertEquals(PublishFirmwareStatusEnumType.PUBLISHED, published.status());
        assertEquals(2, published.location().size());
    }

    @Test
    void theActionPropertyOfGet15118EvCertificateIsCertificateActionInJava() throws IOException {
        // OcppMessage.action() names the OCPP action, so the payload's "action" is certificateAction.
        Get15118EVCertificateRequest request = request("Get15118EVCertificate", """
                {"iso15118SchemaVersion":"urn:iso:15118:2:2013:MsgDef","action":"Install","exiRequest":"gAAC"}""",
                Get15118EVCertificateRequest.class);
        assertEquals(CertificateActionEnumType.INSTALL, request.certificateAction());
        assertEquals("Get15118EVCertificate", request.action());
        assertInvalidRequest("Get15118EVCertificate",
                "{\"iso15118SchemaVersion\":\"x\",\"certificateAction\":\"Install\",\"exiRequest\":\"gAAC\"}",
                RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "action: missing");
    }

    @Test
    void dateTimeKeepsItsOffsetFractionAndSpelling() throws IOException {
        for (String text : List.of("2025-01-31T13:45:30.123456789+05:30", "2025-01-31t08:15:30.123456789z")) {
            HeartbeatResponse heartbeat = response("Heartbeat", "{\"currentTime\":\"" + text + "\"}",
                    HeartbeatResponse.class);
            assertEquals(text, heartbeat.currentTime().text());
            assertEquals(Instant.parse("2025-01-31T08:15:30.123456789Z"), heartbeat.currentTime().toInstant());
        }
    }
}
