package org.ocppconnector.gateway.testkit.schema;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocppconnector.gateway.core.rpc.OcppJson;

/**
 * The official OCPP JSON schemas of one version as ocpp-rpc ships them (read from the npm fixture
 * at test time, never copied into the repository): a JSON array of draft-07 schemas, one per PDU,
 * {@code $id} {@code urn:Action.req} or {@code urn:Action.conf} (1.6 and 2.0.1 alike). Immutable.
 */
public final class OfficialSchemas {

    /** The production mapper, so payloads are parsed in tests as the gateway parses them. */
    public static final ObjectMapper MAPPER = OcppJson.newMapper();

    private final Path file;
    private final Map<String, Schema> byId;

    private OfficialSchemas(Path file, Map<String, Schema> byId) {
        this.file = file;
        this.byId = byId;
    }

    /**
     * One PDU's schema.
     *
     * @param id the {@code $id}, e.g. {@code urn:BootNotification.req}
     * @param action the action, e.g. {@code BootNotification}
     * @param request whether it is the request ({@code .req}) or the response ({@code .conf})
     * @param root the schema
     */
    public record Schema(String id, String action, boolean request, ObjectNode root) {

        /** Follows a {@code $ref} to the schema's own {@code definitions}. */
        public JsonNode resolve(JsonNode node) {
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

    /**
     * Reads a schema file.
     *
     * @throws IllegalStateException if a schema's {@code $id} is not of the form above
     */
    public static OfficialSchemas load(Path file) {
        requireNonNull(file, "file");
        JsonNode array;
        try {
            array = MAPPER.readTree(Files.readString(file));
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
            throw new IllegalStateException(file + ": unexpected schema ids: " + problems);
        }
        return new OfficialSchemas(file, byId);
    }

    /** The file the schemas were read from. */
    public Path file() {
        return file;
    }

    /** Every schema, in the file's order. */
    public List<Schema> all() {
        return List.copyOf(byId.values());
    }

    /**
     * The schema of an action's request or response.
     *
     * @throws IllegalArgumentException if the file has none
     */
    public Schema get(String action, boolean request) {
        Schema schema = byId.get("urn:" + action + (request ? ".req" : ".conf"));
        if (schema == null) {
            throw new IllegalArgumentException("no official schema for " + action);
        }
        return schema;
    }
}
