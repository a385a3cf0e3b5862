package org.ocppconnector.gateway.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ocppconnector.gateway.testkit.schema.OfficialSchemas.Schema;

/**
 * Generates payloads that conform to a schema, honouring type, enum, maxLength, format
 * (date-time, uri), multipleOf, minimum, maximum, minItems, maxItems, required and
 * additionalProperties (an object that allows more properties sometimes gets vendor properties of
 * any JSON type); a property with the empty schema {@code {}} gets values of every JSON type.
 * Seeded, so every run tests the same payloads.
 */
public final class ValidPayloads {

    /** Which optional properties a payload has and how its values are chosen. */
    public enum Mode {
        /** Every property, arrays of 2-3 items, random values. */
        ALL,
        /**
         * Every property, arrays of one item (or their minItems): every place a value can go, in the
         * smallest such payload; the base of {@link #enumSweep} and of invalid payloads, which only
         * change the first item of an array.
         */
        COMPACT,
        /** Only the required properties, arrays at their minimum size. */
        REQUIRED,
        /** Each optional property with probability 1/2, arrays of 0-3 items. */
        RANDOM,
        /**
         * Every property, strings exactly at maxLength (counted in code points), extreme numbers,
         * small arrays at their maxItems.
         */
        BOUNDARY
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    // Letters, JSON-escaped characters, non-ASCII and a character outside the BMP (two UTF-16 units).
    private static final String[] CHARACTERS = {
        "a", "Z", "0", "9", " ", "-", "_", ".", ":", "/", "\"", "\\", "\n", "\u0001", "é", "€", "中", "😀"
    };
    private static final String[] URIS = {
        "https://example.com/firmware/v1.2.3.bin",
        "ftp://user:secret@10.0.0.1:2121/diagnostics/",
        "sftp://logs.example.org/upload?station=CP-1&x=%20y#part",
        "http://[2001:db8::1]:8080/path",
        "urn:isbn:0451450523",
    };
    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private final Schema schema;
    private final Mode mode;
    private final Random random;

    private ValidPayloads(Schema schema, Mode mode, long seed) {
        this.schema = schema;
        this.mode = mode;
        this.random = new Random(seed ^ schema.id().hashCode());
    }

    /** A payload for {@code schema}; the same for the same arguments. */
    public static JsonNode generate(Schema schema, Mode mode, long seed) {
        return new ValidPayloads(schema, mode, seed).value(schema.root());
    }

    /**
     * One payload per value of every enum in the schema, each the {@link Mode#COMPACT} payload with
     * that value put in that place (the first item of an array stands for all items).
     */
    public static List<JsonNode> enumSweep(Schema schema, long seed) {
        JsonNode base = generate(schema, Mode.COMPACT, seed);
        List<JsonNode> payloads = new ArrayList<>();
        for (Location location : Location.walk(schema, base)) {
            JsonNode enumValues = location.schemaNode().get("enum");
            if (enumValues != null) {
                for (JsonNode value : enumValues) {
                    payloads.add(location.replacedBy(base, value));
                }
            }
        }
        return payloads;
    }

    private JsonNode value(JsonNode node) {
        JsonNode s = schema.resolve(node);
        String type = s.path("type").asText();
        return switch (type) {
            case "object" -> object(s);
            case "array" -> array(s);
            case "string" -> string(s);
            case "integer" -> JSON.numberNode(integer(s));
            case "number" -> s.has("multipleOf") ? number() : anyNumber();
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            // The empty schema {} (2.0.1 DataTransfer's data): any JSON value.
            case "" -> any(2);
            default -> throw new IllegalStateException(schema + ": unsupported type " + type);
        };
    }

    private ObjectNode object(JsonNode s) {
        Set<String> required = new HashSet<>();
        s.path("required").forEach(name -> required.add(name.asText()));
        ObjectNode object = JSON.objectNode();
        for (Map.Entry<String, JsonNode> property : s.path("properties").properties()) {
            boolean include = required.contains(property.getKey()) || switch (mode) {
                case ALL, COMPACT, BOUNDARY -> true;
                case REQUIRED -> false;
                case RANDOM -> random.nextBoolean();
            };
            if (include) {
                object.set(property.getKey(), value(property.getValue()));
            }
        }
        // JSON Schema: an absent additionalProperties allows any property (2.0.1's CustomDataType).
        boolean open = !s.path("additionalProperties").equals(BooleanNode.FALSE);
        if (open && mode != Mode.REQUIRED && random.nextBoolean()) {
            for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
                object.set("vendor" + (char) ('A' + i), any(2));
            }
        }
        return object;
    }

    private ArrayNode array(JsonNode s) {
        int min = s.path("minItems").asInt(0);
        int max = s.path("maxItems").asInt(Integer.MAX_VALUE);
        int size = switch (mode) {
            case ALL -> 2 + random.nextInt(2);
            case COMPACT -> 1;
            case REQUIRED -> min;
            case RANDOM -> random.nextInt(4);
            case BOUNDARY -> max <= 4 ? max : 1;
        };
        ArrayNode array = JSON.arrayNode();
        for (int i = 0; i < Math.min(Math.max(size, min), max); i++) {
            array.add(value(s.get("items")));
        }
        return array;
    }

    private JsonNode string(JsonNode s) {
        JsonNode enumValues = s.get("enum");
        if (enumValues != null) {
            return enumValues.get(random.nextInt(enumValues.size()));
        }
        String format = s.path("format").asText("");
        return switch (format) {
            case "date-time" -> JSON.textNode(dateTime());
            case "uri" -> JSON.textNode(URIS[random.nextInt(URIS.length)]);
            case "" -> JSON.textNode(text(s.has("maxLength") ? s.get("maxLength").asInt() : 64));
            default -> throw new IllegalStateException(schema + ": unsupported format " + format);
        };
    }

    private String text(int maxLength) {
        int length = switch (mode) {
            case BOUNDARY -> maxLength;
            case REQUIRED -> Math.min(maxLength, 1 + random.nextInt(8));
            case ALL, COMPACT, RANDOM -> random.nextInt(5) == 0 ? maxLength : random.nextInt(maxLength + 1);
        };
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(CHARACTERS[random.nextInt(CHARACTERS.length)]);
        }
        return text.toString();
    }

    /** 32-bit integers within the schema's minimum and maximum. */
    private int integer(JsonNode s) {
        long min = s.path("minimum").asLong(Integer.MIN_VALUE);
        long max = s.path("maximum").asLong(Integer.MAX_VALUE);
        long value = switch (mode == Mode.BOUNDARY ? random.nextInt(3) : 3 + random.nextInt(4)) {
            case 0 -> max;
            case 1 -> min;
            case 2 -> 0;
            case 3 -> random.nextInt(10);
            case 4 -> -random.nextInt(1000);
            default -> random.nextInt();
        };
        return (int) (value >= min && value <= max ? value : min + Math.floorMod(value - min, max - min + 1));
    }

    /** Numbers with {@code multipleOf: 0.1}: integers and decimals with at most one significant fraction digit. */
    private JsonNode number() {
        return switch (mode == Mode.BOUNDARY ? random.nextInt(2) : 2 + random.nextInt(5)) {
            case 0 -> DecimalNode.valueOf(new BigDecimal("9999999.9"));
            case 1 -> DecimalNode.valueOf(new BigDecimal("-0.1"));
            case 2 -> JSON.numberNode(random.nextInt(1000));
            case 3 -> DecimalNode.valueOf(BigDecimal.valueOf(random.nextInt(100_000), 1));
            case 4 -> DecimalNode.valueOf(new BigDecimal("16.50"));
            case 5 -> DecimalNode.valueOf(new BigDecimal("1E+1"));
            default -> DecimalNode.valueOf(new BigDecimal("0.1"));
        };
    }

    /** Numbers without multipleOf: integers, decimals of any precision, exponents, trailing zeros. */
    private JsonNode anyNumber() {
        return switch (mode == Mode.BOUNDARY ? random.nextInt(3) : 3 + random.nextInt(8)) {
            case 0 -> DecimalNode.valueOf(new BigDecimal("-2147483648.000001"));
            case 1 -> DecimalNode.valueOf(new BigDecimal("1.7976931348623157E+308"));
            case 2 -> JSON.numberNode(0);
            case 3 -> JSON.numberNode(random.nextInt(100_000));
            case 4 -> JSON.numberNode(-random.nextInt(1000));
            case 5 -> DecimalNode.valueOf(BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(4)));
            case 6 -> DecimalNode.valueOf(new BigDecimal("16.50"));
            case 7 -> DecimalNode.valueOf(new BigDecimal("-273.15"));
            case 8 -> DecimalNode.valueOf(new BigDecimal("1.5E-7"));
            case 9 -> DecimalNode.valueOf(new BigDecimal("2.5E+4"));
            default -> DecimalNode.valueOf(new BigDecimal("0.001"));
        };
    }

    /** Any JSON value: what a vendor may put in an open object or in a schema-less property. */
    private JsonNode any(int depth) {
        return switch (random.nextInt(depth > 0 ? 8 : 6)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.booleanNode(random.nextBoolean());
            case 2 -> JSON.numberNode(random.nextInt());
            case 3 -> DecimalNode.valueOf(new BigDecimal("12.50"));
            case 4 -> JSON.textNode(text(16));
            case 5 -> JSON.textNode("");
            case 6 -> JSON.arrayNode().add(any(depth - 1)).add(any(depth - 1));
            default -> JSON.objectNode().<ObjectNode>set("k" + random.nextInt(10), any(depth - 1))
                    .set("nested", JSON.objectNode());
        };
    }

    /** RFC 3339 date-times in the variety stations send: offsets, fractions, lower case, leap days. */
    private String dateTime() {
        if (random.nextInt(12) == 0) {
            return random.nextBoolean() ? "2024-02-29T12:00:00Z" : "2016-12-31T23:59:60Z";
        }
        int year = 1970 + random.nextInt(130);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(DAYS_IN_MONTH[month - 1]);
        String fraction = switch (random.nextInt(5)) {
            case 0 -> "." + random.nextInt(10);
            case 1 -> String.format(".%03d", random.nextInt(1000));
            case 2 -> String.format(".%06d", random.nextInt(1_000_000));
            case 3 -> String.format(".%09d", random.nextInt(1_000_000_000));
            default -> "";
        };
        String offset = switch (random.nextInt(6)) {
            case 0 -> String.format("+%02d:%02d", random.nextInt(15), 15 * random.nextInt(4));
            case 1 -> String.format("-%02d:%02d", random.nextInt(13), 30 * random.nextInt(2));
            case 2 -> "z";
            default -> "Z";
        };
        return String.format("%04d-%02d-%02d%s%02d:%02d:%02d%s%s", year, month, day,
                random.nextInt(8) == 0 ? "t" : "T", random.nextInt(24), random.nextInt(60), random.nextInt(60),
                fraction, offset);
    }
}
