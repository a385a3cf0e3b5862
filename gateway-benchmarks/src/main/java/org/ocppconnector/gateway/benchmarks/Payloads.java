package org.ocppconnector.gateway.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.ocpp16.Ocpp16Protocol;
import org.ocppconnector.gateway.ocpp201.Ocpp201Protocol;

/**
 * The realistic payloads the benchmarks use, from {@code payloads/{ocpp16,ocpp201}/} on the class
 * path: {@code Action.json} is a CALL payload, {@code Action.conf.json} a CALLRESULT payload.
 */
final class Payloads {

    /** The mapper every OCPP payload is read with in the gateway. */
    static final ObjectMapper MAPPER = OcppJson.newMapper();

    /** A message id as stations write them: a UUID, the longest form (36) OCPP-J allows. */
    static final String MESSAGE_ID = "5f3c2a9e-8d41-4b7a-9c06-1e2f3a4b5c6d";

    /** The station id of every benchmark connection and event. */
    static final String STATION_ID = "CP-BENCH-0001";

    private Payloads() {}

    /** The protocol of {@code version}, {@code 1.6} or {@code 2.0.1}. */
    static OcppProtocol protocol(String version) {
        return switch (version) {
            case "1.6" -> Ocpp16Protocol.INSTANCE;
            case "2.0.1" -> Ocpp201Protocol.INSTANCE;
            default -> throw new IllegalArgumentException("version: " + version + " (expected: 1.6 or 2.0.1)");
        };
    }

    /** The text of a payload file, e.g. {@code text("1.6", "MeterValues.json")}. */
    static String text(String version, String file) {
        String path = "/payloads/" + (version.equals("1.6") ? "ocpp16" : "ocpp201") + "/" + file;
        try (InputStream in = Payloads.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no payload " + path + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request payload of {@code action} as a tree, as the frame parser hands it on. */
    static JsonNode request(String version, String action) {
        return tree(text(version, action + ".json"));
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    /** {@code [2,"id","action",payload]}. */
    static String call(String action, String payloadJson) {
        return "[2,\"" + MESSAGE_ID + "\",\"" + action + "\"," + payloadJson + "]";
    }

    /** {@code [3,"id",payload]}. */
    static String callResult(String payloadJson) {
        return "[3,\"" + MESSAGE_ID + "\"," + payloadJson + "]";
    }
}
