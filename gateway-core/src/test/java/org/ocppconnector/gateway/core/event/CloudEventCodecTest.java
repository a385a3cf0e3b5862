package org.ocppconnector.gateway.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.rpc.OcppJson;

class CloudEventCodecTest {

    private final CloudEventCodec codec = new CloudEventCodec(OcppJson.newMapper());

    @Test
    void aNumberBigDecimalCannotHoldIsAnInvalidEvent() {
        // Jackson reports 1e99999999999 with a bare NumberFormatException; the downlink readers
        // skip InvalidEventException only, so anything else would end them.
        byte[] record = ("{\"specversion\":\"1.0\",\"id\":\"c1\",\"type\":\"ocpp.command\",\"subject\":\"CP-1\","
                + "\"data\":{\"action\":\"Reset\",\"payload\":{\"n\":1e99999999999}}}").getBytes(StandardCharsets.UTF_8);
        var e = assertThrows(CloudEventCodec.InvalidEventException.class, () -> codec.fromBytes(record));
        assertEquals("not JSON: number out of range", e.getMessage());
    }

    @Test
    void stringsWithLoneSurrogatesSerializeAsEscapes() {
        // A station can put an escaped lone surrogate into any string of a payload; the event that
        // carries it must still serialize (as an escape) and parse back to the same text.
        var data = OcppJson.newMapper().createObjectNode().put("idTag", "a\udc00");
        CloudEvent event = new CloudEvent("e1", "/ocpp-gateway/gw", "ocpp.call", "CP-1",
                java.time.Instant.parse("2026-01-01T00:00:00Z"), "1.6", data);
        byte[] bytes = codec.toBytes(event);
        assertEquals("a\udc00", codec.fromBytes(bytes).data().get("idTag").textValue());
    }
}
