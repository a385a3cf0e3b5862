package org.ocppconnector.gateway.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas.Schema;

/**
 * Payloads that break a schema in exactly one place, derived from the schema itself, each with the
 * error code and JSON path the decoder must report. The codes are the version-neutral ones both
 * OCPP-J 1.6 §4.2.3 and 2.0.1 part 4 §4.3 define: FormatViolation for a payload that is not an
 * object or has a property its schema does not allow; OccurrenceConstraintViolation for a missing
 * required property or too few or too many items; TypeConstraintViolation for a value of the wrong
 * JSON type; PropertyConstraintViolation for a value outside enum, maxLength, format, multipleOf,
 * minimum or maximum.
 */
public final class InvalidPayloads {

    /**
     * One broken payload: what was broken, the payload, and the expected outcome.
     *
     * @param name what was broken, e.g. {@code idToken.type = 'Bogus'}
     * @param payload the broken payload
     * @param expectedCode the error code the decoder must answer with
     * @param expectedPath the path the description must start with, {@code payload} for the payload itself
     */
    public record Case(String name, JsonNode payload, RpcErrorCode expectedCode, String expectedPath) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Invalid under RFC 3339 §5.6 and the calendar; also refused by the official schemas' validator. */
    public static final List<String> BAD_DATE_TIMES = List.of(
            "",
            "not a date",
            "2024-01-01",
            "2024-01-01T00:00Z",
            "2024-1-01T00:00:00Z",
            "2024-13-01T00:00:00Z",
            "2024-00-10T00:00:00Z",
            "2024-02-30T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2024-04-31T00:00:00Z",
            "2024-01-01T24:00:00Z",
            "2024-01-01T12:60:00Z",
            "2024-01-01T12:00:60Z",
            "2024-01-01T00:00:00.Z",
            "2024-01-01T00:00:00ZZ",
            " 2024-01-01T00:00:00Z",
            "2024-01-01T00:00:00Z ",
            "2024-01-01X00:00:00Z");

    private static final List<String> BAD_URIS = List.of("", "not a uri", "/relative/path", "http://exa mple.com/");

    private InvalidPayloads() {}

    /** Every single-fault variant of {@code base}, which must have every property and non-empty arrays. */
    public static List<Case> derive(Schema schema, JsonNode base) {
        List<Case> cases = new ArrayList<>();
        for (JsonNode notAnObject : List.of(JSON.arrayNode(), JSON.textNode("{}"), JSON.numberNode(1),
                JSON.nullNode(), JSON.booleanNode(true))) {
            cases.add(new Case("payload is " + notAnObject, notAnObject, RpcErrorCode.FORMAT_VIOLATION, "payload"));
        }
        for (Location at : Location.walk(schema, base)) {
            String path = at.path();
            if (at.type().equals("object") && !at.allowsAdditionalProperties()) {
                cases.add(new Case(at.path("unexpectedProperty") + " added",
                        at.withExtraProperty(base, "unexpectedProperty", JSON.numberNode(1)),
                        RpcErrorCode.FORMAT_VIOLATION, at.path("unexpectedProperty")));
            }
            if (at.isRoot()) {
                continue;
            }
            if (at.isProperty() && at.required()) {
                cases.add(new Case(path + " removed", at.removedFrom(base),
                        RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, path));
            }
            for (JsonNode wrong : wrongTypes(at.type())) {
                cases.add(new Case(path + " = " + wrong + " (" + at.type() + " expected)", at.replacedBy(base, wrong),
                        RpcErrorCode.TYPE_CONSTRAINT_VIOLATION, path));
            }
            propertyConstraints(at, base, cases);
            if (at.schemaNode().has("minItems")) {
                int minItems = at.schemaNode().get("minItems").asInt();
                cases.add(new Case(path + " with " + (minItems - 1) + " items", at.replacedBy(base, JSON.arrayNode()),
                        RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, path));
            }
            if (at.schemaNode().has("maxItems")) {
                int maxItems = at.schemaNode().get("maxItems").asInt();
                ArrayNode tooMany = JSON.arrayNode();
                JsonNode item = at.nodeIn(base).get(0);
                for (int i = 0; i <= maxItems; i++) {
                    tooMany.add(item.deepCopy());
                }
                cases.add(new Case(path + " with " + (maxItems + 1) + " items", at.replacedBy(base, tooMany),
                        RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, path));
            }
        }
        return cases;
    }

    private static void propertyConstraints(Location at, JsonNode base, List<Case> cases) {
        JsonNode s = at.schemaNode();
        String path = at.path();
        RpcErrorCode code = RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION;
        if (s.has("maxLength")) {
            int max = s.get("maxLength").asInt();
            cases.add(new Case(path + " of " + (max + 1) + " characters", at.replacedBy(base,
                    JSON.textNode("x".repeat(max + 1))), code, path));
            // Code points count, not UTF-16 units: max + 1 emoji are 2 * (max + 1) units.
            cases.add(new Case(path + " of " + (max + 1) + " emoji", at.replacedBy(base,
                    JSON.textNode("😀".repeat(max + 1))), code, path));
        }
        if (s.has("enum")) {
            String first = s.get("enum").get(0).asText();
            List<String> bogus = new ArrayList<>(List.of("Bogus", "", first + " "));
            if (!first.toLowerCase(Locale.ROOT).equals(first)) {
                bogus.add(first.toLowerCase(Locale.ROOT));
            }
            for (String value : bogus) {
                cases.add(new Case(path + " = '" + value + "'", at.replacedBy(base, JSON.textNode(value)), code, path));
            }
        }
        if ("date-time".equals(s.path("format").asText())) {
            for (String value : BAD_DATE_TIMES) {
                cases.add(new Case(path + " = '" + value + "'", at.replacedBy(base, JSON.textNode(value)), code, path));
            }
        }
        if ("uri".equals(s.path("format").asText())) {
            for (String value : BAD_URIS) {
                cases.add(new Case(path + " = '" + value + "'", at.replacedBy(base, JSON.textNode(value)), code, path));
            }
        }
        if (s.has("minimum")) {
            long below = s.get("minimum").asLong() - 1;
            cases.add(new Case(path + " = " + below, at.replacedBy(base, JSON.numberNode(below)), code, path));
        }
        if (s.has("maximum")) {
            long above = s.get("maximum").asLong() + 1;
            cases.add(new Case(path + " = " + above, at.replacedBy(base, JSON.numberNode(above)), code, path));
        }
        if (s.has("multipleOf")) {
            for (String value : List.of("16.55", "0.05", "-0.01")) {
                JsonNode decimal = DecimalNode.valueOf(new BigDecimal(value));
                cases.add(new Case(path + " = " + value, at.replacedBy(base, decimal), code, path));
            }
        }
    }

    /** Values of every JSON type but the expected one (and 1.5 for an integer); none for the empty schema. */
    private static List<JsonNode> wrongTypes(String type) {
        List<JsonNode> all = List.of(JSON.textNode("5"), JSON.numberNode(5), DecimalNode.valueOf(new BigDecimal("1.5")),
                JSON.booleanNode(true), JSON.nullNode(), JSON.arrayNode(), JSON.objectNode());
        return all.stream().filter(value -> switch (type) {
            case "string" -> !value.isTextual();
            case "integer" -> !value.isIntegralNumber();
            case "number" -> !value.isNumber();
            case "boolean" -> !value.isBoolean();
            case "object" -> !value.isObject();
            case "array" -> !value.isArray();
            case "" -> false;
            default -> throw new IllegalStateException("unsupported type " + type);
        }).toList();
    }
}
