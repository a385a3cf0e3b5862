package org.ocppconnector.gateway.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas.Schema;

/**
 * A place in a payload together with the schema that governs it: the payload itself, a property
 * of an object, or the first item of an array (which stands for all its items).
 *
 * @param steps property names ({@code String}) and array indexes ({@code Integer}) from the root
 * @param schemaNode the resolved schema of the value at this place
 * @param required whether this is a property its object requires
 */
public record Location(List<Object> steps, JsonNode schemaNode, boolean required) {

    /** Every place in {@code payload} (which should have every property and non-empty arrays). */
    public static List<Location> walk(Schema schema, JsonNode payload) {
        List<Location> locations = new ArrayList<>();
        walk(schema, new Location(List.of(), schema.root(), true), payload, locations);
        return locations;
    }

    private static void walk(Schema schema, Location at, JsonNode value, List<Location> out) {
        out.add(at);
        JsonNode s = at.schemaNode;
        if ("object".equals(s.path("type").asText())) {
            List<String> required = new ArrayList<>();
            s.path("required").forEach(name -> required.add(name.asText()));
            for (Map.Entry<String, JsonNode> property : s.path("properties").properties()) {
                JsonNode child = value.get(property.getKey());
                if (child != null) {
                    walk(schema, at.child(property.getKey(), schema.resolve(property.getValue()),
                            required.contains(property.getKey())), child, out);
                }
            }
        } else if ("array".equals(s.path("type").asText()) && !value.isEmpty()) {
            walk(schema, at.child(0, schema.resolve(s.get("items")), false), value.get(0), out);
        }
    }

    private Location child(Object step, JsonNode schemaNode, boolean required) {
        List<Object> childSteps = new ArrayList<>(steps);
        childSteps.add(step);
        return new Location(List.copyOf(childSteps), schemaNode, required);
    }

    /** Whether this is the payload itself. */
    public boolean isRoot() {
        return steps.isEmpty();
    }

    /** Whether this is a property of an object (not an array item). */
    public boolean isProperty() {
        return !steps.isEmpty() && steps.getLast() instanceof String;
    }

    /** The schema's {@code type}; empty for a schema that allows any value ({@code {}}). */
    public String type() {
        return schemaNode.path("type").asText();
    }

    /** Whether the object here may have properties its schema does not name (CustomDataType in 2.0.1). */
    public boolean allowsAdditionalProperties() {
        // JSON Schema: an absent additionalProperties allows any.
        return "object".equals(type()) && !schemaNode.path("additionalProperties").equals(BooleanNode.FALSE);
    }

    /** As the decoder names it, e.g. {@code meterValue[0].sampledValue[0].unit}. */
    public String path() {
        StringBuilder text = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(step);
            }
        }
        return text.toString();
    }

    /** The path of a property of the object at this place. */
    public String path(String property) {
        return isRoot() ? property : path() + "." + property;
    }

    /** A deep copy of {@code root} with the value here replaced. */
    public JsonNode replacedBy(JsonNode root, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = parentIn(copy);
        Object last = steps.getLast();
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    /** A deep copy of {@code root} without the property here. */
    public JsonNode removedFrom(JsonNode root) {
        JsonNode copy = root.deepCopy();
        ((ObjectNode) parentIn(copy)).remove((String) steps.getLast());
        return copy;
    }

    /** A deep copy of {@code root} whose object here has an extra property. */
    public JsonNode withExtraProperty(JsonNode root, String name, JsonNode value) {
        JsonNode copy = root.deepCopy();
        ((ObjectNode) nodeIn(copy)).set(name, value);
        return copy;
    }

    private JsonNode parentIn(JsonNode root) {
        JsonNode node = root;
        for (Object step : steps.subList(0, steps.size() - 1)) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    /** The value here in {@code root}. */
    public JsonNode nodeIn(JsonNode root) {
        JsonNode node = root;
        for (Object step : steps) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }
}
