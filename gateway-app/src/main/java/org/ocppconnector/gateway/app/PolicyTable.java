package org.ocppconnector.gateway.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ocppconnector.gateway.core.ActionPolicy;
import org.ocppconnector.gateway.core.spi.ResponsePolicy;

/**
 * Parses the response policy table from {@code GATEWAY_POLICIES}: a JSON object, inline or
 * {@code @/path/to/file.json}, keyed by action ({@code "Authorize"}) or version and action
 * ({@code "1.6:DataTransfer"}):
 *
 * <pre>{@code
 * {
 *   "DataTransfer": {"policy": "local", "response": {"status": "Accepted"}},
 *   "Authorize": {"policy": "backend", "timeoutSeconds": 5, "fallback": {"idTagInfo": {"status": "Invalid"}}}
 * }
 * }</pre>
 */
final class PolicyTable {

    static final String VARIABLE = "GATEWAY_POLICIES";

    private PolicyTable() {}

    static Map<String, ActionPolicy> parse(String raw, ObjectMapper mapper) {
        String json = raw;
        if (raw.startsWith("@")) {
            try {
                json = Files.readString(Path.of(raw.substring(1)));
            } catch (IOException e) {
                throw new ConfigException(VARIABLE, raw, "a readable JSON file after '@' (" + e.getMessage() + ")");
            }
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (IOException e) {
            throw new ConfigException(VARIABLE, raw, "a JSON object (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(VARIABLE, raw, "a JSON object keyed by action");
        }
        Map<String, ActionPolicy> policies = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            policies.put(entry.getKey(), parseOne(entry.getKey(), entry.getValue()));
        }
        return policies;
    }

    private static ActionPolicy parseOne(String action, JsonNode node) {
        String where = VARIABLE + "." + action;
        if (!node.isObject()) {
            throw new ConfigException(where + ": expected an object with \"policy\"");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!java.util.Set.of("policy", "response", "fallback", "timeoutSeconds").contains(name)) {
                throw new ConfigException(where + ": unknown field \"" + name
                        + "\" (expected: policy, response, fallback, timeoutSeconds)");
            }
        }
        String policyName = node.path("policy").asText("");
        ResponsePolicy policy = switch (policyName) {
            case "local" -> ResponsePolicy.LOCAL;
            case "backend" -> ResponsePolicy.BACKEND;
            default -> throw new ConfigException(where + ".policy: \"" + policyName
                    + "\" (expected: local or backend)");
        };
        JsonNode response = node.get(policy == ResponsePolicy.LOCAL ? "response" : "fallback");
        JsonNode misplaced = node.get(policy == ResponsePolicy.LOCAL ? "fallback" : "response");
        if (misplaced != null) {
            throw new ConfigException(where + ": \"" + (policy == ResponsePolicy.LOCAL ? "fallback" : "response")
                    + "\" does not apply to policy " + policyName);
        }
        Duration timeout = null;
        JsonNode timeoutNode = node.get("timeoutSeconds");
        if (timeoutNode != null) {
            if (policy != ResponsePolicy.BACKEND || !timeoutNode.isInt() || timeoutNode.asInt() < 1
                    || timeoutNode.asInt() > 3600) {
                throw new ConfigException(where + ".timeoutSeconds: " + timeoutNode
                        + " (expected: an integer 1..3600, for policy backend)");
            }
            timeout = Duration.ofSeconds(timeoutNode.asInt());
        }
        try {
            return new ActionPolicy(policy, response, timeout);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where + ": " + e.getMessage());
        }
    }
}
