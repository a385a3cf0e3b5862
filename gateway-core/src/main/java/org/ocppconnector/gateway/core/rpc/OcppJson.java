package org.ocppconnector.gateway.core.rpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON settings every OCPP payload is read and written with. */
public final class OcppJson {

    private OcppJson() {}

    /**
     * A new mapper for OCPP-J: floats are read as {@code BigDecimal} so a decimal such as
     * {@code 16.10} is forwarded to the uplink exactly as the station wrote it, and duplicate keys
     * are refused, since the schemas cannot say which of two values is meant.
     */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder(JsonFactory.builder()
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .build())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }
}
