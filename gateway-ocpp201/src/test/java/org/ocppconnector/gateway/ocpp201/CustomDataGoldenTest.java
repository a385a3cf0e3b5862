package org.ocppconnector.gateway.ocpp201;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocppconnector.gateway.ocpp201.Golden.assertInvalidRequest;
import static org.ocppconnector.gateway.ocpp201.Golden.json;
import static org.ocppconnector.gateway.ocpp201.Golden.request;
import static org.ocppconnector.gateway.ocpp201.Golden.response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.ocpp201.message.BootNotificationRequest;
import org.ocppconnector.gateway.ocpp201.message.BootReasonEnumType;
import org.ocppconnector.gateway.ocpp201.message.ChargingStation;
import org.ocppconnector.gateway.ocpp201.message.CustomData;
import org.ocppconnector.gateway.ocpp201.message.DataTransferRequest;
import org.ocppconnector.gateway.ocpp201.message.DataTransferResponse;
import org.ocppconnector.gateway.ocpp201.message.HeartbeatRequest;

/**
 * CustomDataType on every object (OCPP 2.0.1 part 2): the one type whose schema allows more
 * properties than it names, so vendor properties of any JSON type must survive a round trip; and
 * DataTransfer's schema-less {@code data} (functional block P).
 */
class CustomDataGoldenTest {

    private static final String BOOT = """
            {"customData":{"vendorId":"com.example","firmwareChannel":"beta","limits":{"maxKw":22.0,"phases":[1,2,3]},\
            "flags":[true,null,"x"],"price":12.50,"note":null},\
            "chargingStation":{"customData":{"vendorId":"com.example",\
            "rack":"B-07"},"serialNumber":"SN-0001","model":"Wallbox 22","modem":{"customData":{"vendorId":"de.acme",\
            "signal":-71},"iccid":"8949012345678901234","imsi":"262011234567890"},"vendorName":"Example",\
            "firmwareVersion":"1.2.3"},"reason":"PowerUp"}""";

    @Test
    void vendorPropertiesOfAnyTypeRoundTripOnEveryLevel() throws IOException {
        BootNotificationRequest boot = request("BootNotification", BOOT, BootNotificationRequest.class);

        CustomData root = boot.customData();
        assertEquals("com.example", root.vendorId());
        assertEquals(List.of("firmwareChannel", "limits", "flags", "price", "note"),
                List.copyOf(root.additionalProperties().keySet()));
        assertEquals(new BigDecimal("22.0"), root.additionalProperties().get("limits").get("maxKw").decimalValue());
        assertEquals(new BigDecimal("12.50"), root.additionalProperties().get("price").decimalValue());
        assertEquals(NullNode.getInstance(), root.additionalProperties().get("note"));
        assertEquals("B-07", boot.chargingStation().customData().additionalProperties().get("rack").asText());
        assertEquals(-71, boot.chargingStation().modem().customData().additionalProperties().get("signal").asInt());
        assertEquals(BootReasonEnumType.POWER_UP, boot.reason());
    }

    @Test
    void customDataIsImmutable() throws IOException {
        BootNotificationRequest boot = request("BootNotification", BOOT, BootNotificationRequest.class);
        ((ObjectNode) boot.customData().additionalProperties().get("limits")).put("maxKw", 1);
        assertEquals(BOOT, Golden.encode(boot));
    }

    @Test
    void customDataBuiltInCode() throws IOException {
        ObjectNode extra = Golden.MAPPER.createObjectNode().put("tariff", "T1");
        HeartbeatRequest heartbeat = new HeartbeatRequest(new CustomData("com.example", Map.of("x", extra)));
        extra.put("tariff", "changed after construction");
        assertEquals("{\"customData\":{\"vendorId\":\"com.example\",\"x\":{\"tariff\":\"T1\"}}}",
                Golden.encode(heartbeat));
        assertEquals("{}", Golden.encode(new HeartbeatRequest()));
        assertEquals("{\"customData\":{\"vendorId\":\"v\"}}", Golden.encode(new HeartbeatRequest(CustomData.of("v"))));
        assertEquals(new ChargingStation(null, "M", null, "V", null),
                new ChargingStation(null, null, "M", null, "V", null));
    }

    @Test
    void customDataIsValidatedLikeAnyObject() throws IOException {
        assertInvalidRequest("Heartbeat", "{\"customData\":{\"x\":1}}",
                RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "customData.vendorId: missing");
        assertInvalidRequest("Heartbeat", "{\"customData\":{\"vendorId\":7}}",
                RpcErrorCode.TYPE_CONSTRAINT_VIOLATION, "customData.vendorId: expected string, got 7");
        assertInvalidRequest("Heartbeat", "{\"customData\":{\"vendorId\":\"" + "v".repeat(256) + "\"}}",
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "customData.vendorId: length 256 (expected: <= 255)");
        assertInvalidRequest("BootNotification",
                BOOT.replace("{\"vendorId\":\"de.acme\",\"signal\":-71}", "\"de.acme\""),
                RpcErrorCode.TYPE_CONSTRAINT_VIOLATION,
                "chargingStation.modem.customData: expected object, got string");
        // Only CustomDataType is open: its owner still refuses properties its schema does not name.
        assertInvalidRequest("BootNotification", BOOT.replace("\"rack\":\"B-07\"},", "\"rack\":\"B-07\"},\"rack\":1,"),
                RpcErrorCode.FORMAT_VIOLATION, "chargingStation.rack: unknown property");
    }

    @Test
    void dataTransferDataMayBeAnyJsonValue() throws IOException {
        for (String data : List.of("\"text\"", "1.50", "-7", "true", "null", "[]", "[1,\"a\",{\"b\":null}]",
                "{\"nested\":{\"deep\":[0.10]}}")) {
            String text = "{\"messageId\":\"M1\",\"data\":" + data + ",\"vendorId\":\"com.example\"}";
            DataTransferRequest request = request("DataTransfer", text, DataTransferRequest.class);
            assertEquals(json(data), request.data());
        }
        DataTransferRequest absent = request("DataTransfer", "{\"vendorId\":\"com.example\"}",
                DataTransferRequest.class);
        assertNull(absent.data());
        DataTransferRequest explicitNull = request("DataTransfer", "{\"data\":null,\"vendorId\":\"com.example\"}",
                DataTransferRequest.class);
        assertTrue(explicitNull.data().isNull());

        DataTransferResponse response = response("DataTransfer",
                "{\"status\":\"Accepted\",\"data\":{\"balance\":12.30}}", DataTransferResponse.class);
        JsonNode copy = response.data();
        ((ObjectNode) copy).put("balance", 0);
        assertEquals(new BigDecimal("12.30"), response.data().get("balance").decimalValue());
        assertInstanceOf(ObjectNode.class, response.data());
    }
}
