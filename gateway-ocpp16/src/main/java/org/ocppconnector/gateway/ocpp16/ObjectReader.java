package org.ocppconnector.gateway.ocpp16;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.ocpp16.message.DateTime;

/**
 * Reads the fields of one JSON object against its schema, in the order a codec asks for them, and
 * reports the first violation with its path. The error codes follow OCPP-J 1.6 §4.2.3:
 *
 * <ul>
 *   <li>a required field missing, or too few array items: OccurenceConstraintViolation;
 *   <li>a field of the wrong JSON type (including 1.5 for an integer): TypeConstraintViolation;
 *   <li>a value outside what the type allows (enum, maxLength, date-time, uri, multipleOf, an
 *       integer beyond 32 bits): PropertyConstraintViolation;
 *   <li>a field the schema does not define ({@code additionalProperties: false}): FormationViolation,
 *       since the payload then does not have the PDU's structure.
 * </ul>
 */
final class ObjectReader {

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    // A double's range: any JSON number a peer's IEEE-754 parser can read has at most 309 integer digits.
    private static final int MAX_INTEGER_DIGITS = 309;

    private final ObjectNode node;
    private final @Nullable JsonPath path;
    private String[] names = new String[10];
    private int nameCount;
    private int present;

    /**
     * @param node the object
     * @param path where it is, null for the payload itself
     */
    ObjectReader(ObjectNode node, @Nullable JsonPath path) {
        this.node = node;
        this.path = path;
    }

    /** Reads this object with {@code codec}: its fields, its record's constraints, then no unknown field. */
    <T> T read(ObjectCodec<T> codec) {
        T value;
        try {
            value = codec.reader().apply(this);
        } catch (IllegalArgumentException e) {
            // The record's constructor names the field first, e.g. "idTag: length 21 (expected: <= 20)".
            throw new Violation(RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION, path == null
                    ? String.valueOf(e.getMessage())
                    : path + "." + e.getMessage());
        }
        if (present != node.size()) {
            throw unknownField();
        }
        return value;
    }

    String string(String name) {
        return text(name, require(name));
    }

    @Nullable String optString(String name) {
        JsonNode value = get(name);
        return value == null ? null : text(name, value);
    }

    int integer(String name) {
        return toInt(name, require(name));
    }

    @Nullable Integer optInteger(String name) {
        JsonNode value = get(name);
        return value == null ? null : toInt(name, value);
    }

    BigDecimal decimal(String name) {
        return toDecimal(name, require(name));
    }

    @Nullable BigDecimal optDecimal(String name) {
        JsonNode value = get(name);
        return value == null ? null : toDecimal(name, value);
    }

    boolean bool(String name) {
        JsonNode value = require(name);
        if (!value.isBoolean()) {
            throw wrongType(JsonPath.of(path, name), "boolean", value);
        }
        return value.booleanValue();
    }

    DateTime dateTime(String name) {
        return toDateTime(name, require(name));
    }

    @Nullable DateTime optDateTime(String name) {
        JsonNode value = get(name);
        return value == null ? null : toDateTime(name, value);
    }

    <E extends Enum<E>> E enumValue(String name, EnumCodec<E> codec) {
        return toEnum(name, require(name), codec);
    }

    <E extends Enum<E>> @Nullable E optEnum(String name, EnumCodec<E> codec) {
        JsonNode value = get(name);
        return value == null ? null : toEnum(name, value, codec);
    }

    <T> T object(String name, ObjectCodec<T> codec) {
        return toObject(require(name), JsonPath.field(path, name), codec);
    }

    <T> @Nullable T optObject(String name, ObjectCodec<T> codec) {
        JsonNode value = get(name);
        return value == null ? null : toObject(value, JsonPath.field(path, name), codec);
    }

    <T> List<T> array(String name, ObjectCodec<T> codec) {
        return toObjects(name, require(name), codec, 0);
    }

    <T> @Nullable List<T> optArray(String name, ObjectCodec<T> codec) {
        return optArray(name, codec, 0);
    }

    /** An optional array with the schema's {@code minItems}. */
    <T> @Nullable List<T> optArray(String name, ObjectCodec<T> codec, int minItems) {
        JsonNode value = get(name);
        return value == null ? null : toObjects(name, value, codec, minItems);
    }

    /** An optional array of strings; the record checks each item's maxLength. */
    @Nullable List<String> optStrings(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw wrongType(JsonPath.of(path, name), "array", value);
        }
        List<String> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual()) {
                throw wrongType(JsonPath.element(JsonPath.field(path, name), i).toString(), "string", item);
            }
            items.add(item.textValue());
        }
        return items;
    }

    private @Nullable JsonNode get(String name) {
        if (nameCount == names.length) {
            names = Arrays.copyOf(names, nameCount * 2);
        }
        names[nameCount++] = name;
        JsonNode value = node.get(name);
        if (value != null) {
            present++;
        }
        return value;
    }

    private JsonNode require(String name) {
        JsonNode value = get(name);
        if (value == null) {
            throw new Violation(RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, JsonPath.of(path, name) + ": missing");
        }
        return value;
    }

    private String text(String name, JsonNode value) {
        if (!value.isTextual()) {
            throw wrongType(JsonPath.of(path, name), "string", value);
        }
        return value.textValue();
    }

    private int toInt(String name, JsonNode value) {
        if (value.isIntegralNumber()) {
            if (value.canConvertToInt()) {
                return value.intValue();
            }
            throw outOfIntRange(name, value.asText());
        }
        if (value.isNumber() && isFinite(value)) {
            // JSON Schema §4.2.1 (draft-07 core): "integer" is any number with a zero fractional
            // part, so 5.0 is the integer 5, as the official schemas' validators read it.
            BigDecimal decimal = value.decimalValue();
            if (decimal.signum() == 0) {
                return 0;
            }
            if (decimal.stripTrailingZeros().scale() <= 0) {
                if (decimal.compareTo(INT_MIN) < 0 || decimal.compareTo(INT_MAX) > 0) {
                    throw outOfIntRange(name, decimal.toString());
                }
                return decimal.intValue();
            }
        }
        throw wrongType(JsonPath.of(path, name), "integer", value);
    }

    private Violation outOfIntRange(String name, String value) {
        return new Violation(RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                JsonPath.of(path, name) + ": " + excerpt(value) + " (expected: a 32-bit integer)");
    }

    private BigDecimal toDecimal(String name, JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.canConvertToLong()
                    ? BigDecimal.valueOf(value.longValue())
                    : new BigDecimal(value.bigIntegerValue());
        }
        if (!value.isNumber() || !isFinite(value)) {
            throw wrongType(JsonPath.of(path, name), "number", value);
        }
        BigDecimal decimal = value.decimalValue();
        if (decimal.precision() - decimal.scale() > MAX_INTEGER_DIGITS) {
            throw new Violation(RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                    JsonPath.of(path, name) + ": " + excerpt(decimal.toString()) + " (expected: a finite number)");
        }
        // A number written with a point or an exponent stays a decimal, even when a parser dropped
        // its trailing zeros (16.0 read as 16), so it encodes back as a decimal and not an integer.
        return decimal.scale() < 1 ? decimal.setScale(1) : decimal;
    }

    private DateTime toDateTime(String name, JsonNode value) {
        String text = text(name, value);
        try {
            return DateTime.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Violation(RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION, JsonPath.of(path, name) + ": "
                    + e.getMessage());
        }
    }

    private <E extends Enum<E>> E toEnum(String name, JsonNode value, EnumCodec<E> codec) {
        String text = text(name, value);
        E constant = codec.fromWireName(text);
        if (constant == null) {
            throw new Violation(RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                    JsonPath.of(path, name) + ": '" + excerpt(text) + "' is not one of " + codec.allowed());
        }
        return constant;
    }

    private static <T> T toObject(JsonNode value, JsonPath at, ObjectCodec<T> codec) {
        if (!(value instanceof ObjectNode object)) {
            throw wrongType(at.toString(), "object", value);
        }
        return new ObjectReader(object, at).read(codec);
    }

    private <T> List<T> toObjects(String name, JsonNode value, ObjectCodec<T> codec, int minItems) {
        JsonPath at = JsonPath.field(path, name);
        if (!value.isArray()) {
            throw wrongType(at.toString(), "array", value);
        }
        if (value.size() < minItems) {
            throw new Violation(RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                    at + ": " + value.size() + " items (expected: >= " + minItems + ")");
        }
        List<T> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            items.add(toObject(value.get(i), JsonPath.element(at, i), codec));
        }
        return items;
    }

    private Violation unknownField() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!isKnown(name)) {
                return new Violation(RpcErrorCode.FORMAT_VIOLATION, JsonPath.of(path, name) + ": unknown property");
            }
        }
        throw new IllegalStateException("no unknown property in " + node.fieldNames());
    }

    private boolean isKnown(String name) {
        for (int i = 0; i < nameCount; i++) {
            if (names[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFinite(JsonNode number) {
        return !(number.isDouble() || number.isFloat()) || Double.isFinite(number.doubleValue());
    }

    private static Violation wrongType(String at, String expected, JsonNode value) {
        String got = value.isNumber() ? excerpt(value.asText()) : typeName(value);
        return new Violation(RpcErrorCode.TYPE_CONSTRAINT_VIOLATION, at + ": expected " + expected + ", got " + got);
    }

    /** The JSON type of a node as JSON Schema names it: object, array, string, number, boolean or null. */
    static String typeName(JsonNode value) {
        return switch (value.getNodeType()) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case NUMBER -> value.isIntegralNumber() ? "integer" : "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            case BINARY, MISSING, POJO -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String excerpt(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
