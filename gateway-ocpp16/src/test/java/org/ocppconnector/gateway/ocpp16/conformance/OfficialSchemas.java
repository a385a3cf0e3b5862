package org.ocppconnector.gateway.ocpp16.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.testkit.Fixtures;

/**
 * The official OCPP 1.6 JSON schemas as ocpp-rpc ships them (read from the npm fixture at test
 * time, never copied into the repository): one draft-07 schema per PDU, {@code $id}
 * {@code urn:Action.req} or {@code urn:Action.conf}.
 */
final class OfficialSchemas {

    /** The production mapper, so payloads are parsed here as the gateway parses them. */
    static final ObjectMapper MAPPER = OcppJson.newMapper();

    private static final Map<String, Schema> BY_ID = load();

    private OfficialSchemas() {}

    /** One PDU's schema. */
    record Schema(String id, String action, boolean request, ObjectNode root) {

        /** Follows a {@code $ref} to the schema's own {@code definitions}. */
        JsonNode resolve(JsonNode node) {
            JsonNode ref = node.get("$ref");
            if (ref == null) {
                return node;
            }
            String prefix = "#/definitions/";
            String target = ref.asText();
            if (!target.startsWith(prefix) || !root.path("definitions").has(target.substring(prefix.length()))) {
                throw new IllegalStateException(id + ": unsupported $ref " + target);
            }
            return resolve(root.path("definitions").get(target.substring(prefix.length())));
        }

        @Override
        public String toString() {
            return action + (request ? ".req" : ".conf");
        }
    }

    static List<Schema> all() {
        return List.copyOf(BY_ID.values());
    }

    static Schema get(String action, boolean request) {
        Schema schema = BY_ID.get("urn:" + action + (request ? ".req" : ".conf"));
        if (schema == null) {
            throw new IllegalArgumentException("no official schema for " + action);
        }
        return schema;
    }

    private static Map<String, Schema> load() {
        JsonNode array;
        try {
            array = MAPPER.readTree(Files.readString(Fixtures.ocpp16Schemas()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Schema> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode node : array) {
            String id = node.path("$id").asText();
            boolean request = id.endsWith(".req");
            if (!id.startsWith("urn:") || !(request || id.endsWith(".conf"))) {
                problems.add(id);
                continue;
            }
            String action = id.substring("urn:".length(), id.lastIndexOf('.'));
            byId.put(id, new Schema(id, action, request, (ObjectNode) node));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("unexpected schema ids: " + problems);
        }
        return byId;
    }
}
