package org.ocppconnector.gateway.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FramesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2025-03-14T08:15:02.117Z");

    private static JsonNode text(ByteBuf buf) throws Exception {
        try {
            return JSON.readTree(buf.toString(StandardCharsets.UTF_8));
        } finally {
            buf.release();
        }
    }

    private static Frames.Incoming read(String frame) {
        ByteBuf buf = Unpooled.copiedBuffer(frame, StandardCharsets.UTF_8);
        try {
            return Frames.read(buf);
        } finally {
            buf.release();
        }
    }

    @Test
    void callsPerVersion() throws Exception {
        JsonNode v16 = text(Frames.call(UnpooledByteBufAllocator.DEFAULT, "a\"1", StationAction.METER_VALUES,
                OcppVersion.V16, 7, NOW));
        assertEquals(JSON.readTree("""
                [2, "a\\"1", "MeterValues", {"connectorId": 1, "meterValue": [{"timestamp": "2025-03-14T08:15:02.117Z",
                 "sampledValue": [{"value": "70"}]}]}]"""), v16);
        JsonNode v201 = text(Frames.call(UnpooledByteBufAllocator.DEFAULT, "b", StationAction.TRANSACTION_EVENT,
                OcppVersion.V201, 3, NOW));
        assertEquals(JSON.readTree("""
                [2, "b", "TransactionEvent", {"eventType": "Updated", "timestamp": "2025-03-14T08:15:02.117Z",
                 "triggerReason": "MeterValuePeriodic", "seqNo": 3, "transactionInfo": {"transactionId": "LT-TX-1"},
                 "meterValue": [{"timestamp": "2025-03-14T08:15:02.117Z", "sampledValue": [{"value": 30}]}]}]"""), v201);
        JsonNode stop = text(Frames.call(UnpooledByteBufAllocator.DEFAULT, "c", StationAction.TRANSACTION_EVENT,
                OcppVersion.V16, 3, NOW));
        assertEquals("StopTransaction", stop.get(2).asText());
        assertEquals(30, stop.get(3).get("meterStop").asInt());
        JsonNode heartbeat = text(Frames.call(UnpooledByteBufAllocator.DEFAULT, "d", StationAction.HEARTBEAT,
                OcppVersion.V201, 1, NOW));
        assertEquals(JSON.readTree("[2, \"d\", \"Heartbeat\", {}]"), heartbeat);
    }

    @Test
    void bootAndCommandAnswer() throws Exception {
        assertEquals(JSON.readTree("""
                [2, "1", "BootNotification", {"chargePointVendor": "OcppConnector", "chargePointModel": "LoadTest"}]"""),
                text(Frames.boot(UnpooledByteBufAllocator.DEFAULT, "1", OcppVersion.V16)));
        assertEquals(JSON.readTree("""
                [2, "1", "BootNotification", {"reason": "PowerUp",
                 "chargingStation": {"model": "LoadTest", "vendorName": "OcppConnector"}}]"""),
                text(Frames.boot(UnpooledByteBufAllocator.DEFAULT, "1", OcppVersion.V201)));
        assertEquals(JSON.readTree("[3, \"x\", {\"status\": \"Accepted\"}]"),
                text(Frames.acceptedResult(UnpooledByteBufAllocator.DEFAULT, "x")));
    }

    @Test
    void readsWhatTheGatewaySends() {
        Frames.Incoming.Result result = assertInstanceOf(Frames.Incoming.Result.class,
                read("[3,\"7\",{\"status\":\"Accepted\",\"interval\":300}]"));
        assertEquals("7", result.messageId());
        assertEquals("Accepted", result.payload().get("status").asText());
        Frames.Incoming.Error error = assertInstanceOf(Frames.Incoming.Error.class,
                read("[4,\"8\",\"InternalError\",\"event stream unavailable\",{}]"));
        assertEquals("InternalError", error.code());
        Frames.Incoming.Call call = assertInstanceOf(Frames.Incoming.Call.class,
                read("[2,\"g-1\",\"DataTransfer\",{\"vendorId\":\"v\",\"data\":\"cmd\"}]"));
        assertEquals("DataTransfer", call.action());
        assertEquals("cmd", call.payload().get("data").asText());
        assertInstanceOf(Frames.Incoming.Malformed.class, read("{}"));
        assertInstanceOf(Frames.Incoming.Malformed.class, read("[5,\"1\"]"));
        assertInstanceOf(Frames.Incoming.Malformed.class, read("[3,\"1\",[]]"));
        assertInstanceOf(Frames.Incoming.Malformed.class, read("[3,1,{}]"));
        assertInstanceOf(Frames.Incoming.Malformed.class, read("not json"));
    }
}
