package org.ocppconnector.gateway.core.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;

/**
 * Reads the fields of one JSON object against its schema, in the order an {@link ObjectCodec}
 * asks for them, and reports the first violation with its path. The error codes are the same in
 * OCPP-J 1.6 §4.2.3 and OCPP 2.0.1 part 4 §4.3; each version spells them its own way:
 *
 * <ul>
 *   <li>a required field missing, or an array with fewer or more items than allowed:
 *       OccurrenceConstraintViolation;
 *   <li>a field of the wrong JSON type (including 1.5 for an integer): TypeConstraintViolation;
 *   <li>a value outside what the type allows (enum, maxLength, date-time, uri, multipleOf,
 *       minimum, an integer beyond 32 bits): PropertyConstraintViolation;
 *   <li>a field the schema does not define ({@code additionalProperties: false}): FormatViolation,
 *       since the payload then does not have the PDU's structure.
 * </ul>
 *
 * <p>Created by {@link ObjectCodec#decode} for each object of a payload; a codec's reader calls one
 * method per field. Value constraints beyond the JSON type (lengths, ranges) are the records' own:
 * their constructors throw {@link IllegalArgumentException} naming the field, and the reader turns
 * that into a PropertyConstraintViolation at the object's path. Not thread-safe.
 */
public final class ObjectReader {

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

    /** A required string. */
    public String string(String name) {
        return text(name, require(name));
    }

    /** An optional string; null if absent. */
    public @Nullable String optString(String name) {
        JsonNode value = get(name);
        return value == null ? null : text(name, value);
    }

    /** A required {@code integer}: a 32-bit integer, also when written with a zero fraction (5.0). */
    public int integer(String name) {
        JsonNode value = require(name);
        // The path text is built only for a violation: for a valid nested payload it was most of
        // the decoder's allocation (meterValue[2].sampledValue[7].measurand per field).
        return value.isInt() ? value.intValue() : toInt(JsonPath.of(path, name), value);
    }

    /** An optional {@code integer}; null if absent. */
    public @Nullable Integer optInteger(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        return value.isInt() ? value.intValue() : toInt(JsonPath.of(path, name), value);
    }

    /**
     * A required {@code number}, exactly as written: an integer in JSON has scale 0, a number
     * written with a point or an exponent a scale of at least 1, so it encodes back as a decimal.
     */
    public BigDecimal decimal(String name) {
        return toDecimal(name, require(name));
    }

    /** An optional {@code number}; null if absent. */
    public @Nullable BigDecimal optDecimal(String name) {
        JsonNode value = get(name);
        return value == null ? null : toDecimal(name, value);
    }

    /** A required boolean. */
    public boolean bool(String name) {
        return toBool(name, require(name));
    }

    /** An optional boolean; null if absent (not the schema's default, so the payload encodes back as written). */
    public @Nullable Boolean optBool(String name) {
        JsonNode value = get(name);
        return value == null ? null : toBool(name, value);
    }

    /** A required {@code date-time} string. */
    public DateTime dateTime(String name) {
        return toDateTime(name, require(name));
    }

    /** An optional {@code date-time} string; null if absent. */
    public @Nullable DateTime optDateTime(String name) {
        JsonNode value = get(name);
        return value == null ? null : toDateTime(name, value);
    }

    /** A required enum string, spelled exactly as one of {@code codec}'s wire names. */
    public <E extends Enum<E>> E enumValue(String name, EnumCodec<E> codec) {
        JsonNode value = require(name);
        E constant = known(value, codec);
        return constant != null ? constant : toEnum(JsonPath.of(path, name), value, codec);
    }

    /** An optional enum string; null if absent. */
    public <E extends Enum<E>> @Nullable E optEnum(String name, EnumCodec<E> codec) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        E constant = known(value, codec);
        return constant != null ? constant : toEnum(JsonPath.of(path, name), value, codec);
    }

    private static int intItem(JsonNode item, JsonPath at) {
        return item.isInt() ? item.intValue() : toInt(at.toString(), item);
    }

    private static <E extends Enum<E>> E enumItem(JsonNode item, JsonPath at, EnumCodec<E> codec) {
        E constant = known(item, codec);
        return constant != null ? constant : toEnum(at.toString(), item, codec);
    }

    /** The constant a valid enum value names, or null, without building the path a violation needs. */
    private static <E extends Enum<E>> @Nullable E known(JsonNode value, EnumCodec<E> codec) {
        return value.isTextual() ? codec.fromWireName(value.textValue()) : null;
    }

    /** A required nested object. */
    public <T> T object(String name, ObjectCodec<T> codec) {
        return toObject(require(name), JsonPath.field(path, name), codec);
    }

    /** An optional nested object; null if absent. */
    public <T> @Nullable T optObject(String name, ObjectCodec<T> codec) {
        JsonNode value = get(name);
        return value == null ? null : toObject(value, JsonPath.field(path, name), codec);
    }

    /** A required array of objects, of any size. */
    public <T> List<T> array(String name, ObjectCodec<T> codec) {
        return array(name, codec, 0, Integer.MAX_VALUE);
    }

    /** A required array of objects with the schema's {@code minItems}. */
    public <T> List<T> array(String name, ObjectCodec<T> codec, int minItems) {
        return array(name, codec, minItems, Integer.MAX_VALUE);
    }

    /** A required array of objects with the schema's {@code minItems} and {@code maxItems}. */
    public <T> List<T> array(String name, ObjectCodec<T> codec, int minItems, int maxItems) {
        return toList(name, require(name), minItems, maxItems, (item, at) -> toObject(item, at, codec));
    }

    /** An optional array of objects, of any size; null if absent. */
    public <T> @Nullable List<T> optArray(String name, ObjectCodec<T> codec) {
        return optArray(name, codec, 0, Integer.MAX_VALUE);
    }

    /** An optional array of objects with the schema's {@code minItems}; null if absent. */
    public <T> @Nullable List<T> optArray(String name, ObjectCodec<T> codec, int minItems) {
        return optArray(name, codec, minItems, Integer.MAX_VALUE);
    }

    /** An optional array of objects with the schema's {@code minItems} and {@code maxItems}; null if absent. */
    public <T> @Nullable List<T> optArray(String name, ObjectCodec<T> codec, int minItems, int maxItems) {
        JsonNode value = get(name);
        return value == null
                ? null
                : toList(name, value, minItems, maxItems, (item, at) -> toObject(item, at, codec));
    }

    /** An optional array of strings, of any size; the record checks each item's maxLength. */
    public @Nullable List<String> optStrings(String name) {
        return optStrings(name, 0, Integer.MAX_VALUE);
    }

    /** A required array of strings with the schema's {@code minItems} and {@code maxItems}. */
    public List<String> strings(String name, int minItems, int maxItems) {
        return toList(name, require(name), minItems, maxItems, ObjectReader::toText);
    }

    /** An optional array of strings with the schema's {@code minItems} and {@code maxItems}; null if absent. */
    public @Nullable List<String> optStrings(String name, int minItems, int maxItems) {
        JsonNode value = get(name);
        return value == null ? null : toList(name, value, minItems, maxItems, ObjectReader::toText);
    }

    /** A required array of integers with the schema's {@code minItems} and {@code maxItems}. */
    public List<Integer> integers(String name, int minItems, int maxItems) {
        return toList(name, require(name), minItems, maxItems, ObjectReader::intItem);
    }

    /** An optional array of integers with the schema's {@code minItems} and {@code maxItems}; null if absent. */
    public @Nullable List<Integer> optIntegers(String name, int minItems, int maxItems) {
        JsonNode value = get(name);
        return value == null
                ? null
                : toList(name, value, minItems, maxItems, ObjectReader::intItem);
    }

    /** A required array of enum strings with the schema's {@code minItems} and {@code maxItems}. */
    public <E extends Enum<E>> List<E> enums(String name, EnumCodec<E> codec, int minItems, int maxItems) {
        return toList(name, require(name), minItems, maxItems, (item, at) -> enumItem(item, at, codec));
    }

    /** An optional array of enum strings with the schema's {@code minItems} and {@code maxItems}; null if absent. */
    public <E extends Enum<E>> @Nullable List<E> optEnums(String name, EnumCodec<E> codec, int minItems,
            int maxItems) {
        JsonNode value = get(name);
        return value == null
                ? null
                : toList(name, value, minItems, maxItems, (item, at) -> enumItem(item, at, codec));
    }

    /**
     * An optional value of any JSON type, for a property whose schema is {@code {}}; null if
     * absent, a {@code NullNode} if it is JSON {@code null}.
     */
    public @Nullable JsonNode optAny(String name) {
        return get(name);
    }

    /**
     * The properties not read so far, in document order: for an object whose schema allows
     * additional properties. Call it last; afterwards no property of this object counts as unknown.
     */
    public Map<String, JsonNode> others() {
        Map<String, JsonNode> others = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (!isKnown(property.getKey())) {
                others.put(property.getKey(), property.getValue());
            }
        }
        present += others.size();
        return others;
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

    private static String toText(JsonNode value, JsonPath at) {
        if (!value.isTextual()) {
            throw wrongType(at.toString(), "string", value);
        }
        return value.textValue();
    }

    private boolean toBool(String name, JsonNode value) {
        if (!value.isBoolean()) {
            throw wrongType(JsonPath.of(path, name), "boolean", value);
        }
        return value.booleanValue();
    }

    private static int toInt(String at, JsonNode value) {
        if (value.isIntegralNumber()) {
            if (value.canConvertToInt()) {
                return value.intValue();
            }
            throw outOfIntRange(at, value.asText());
        }
        if (value.isNumber() && isFinite(value)) {
            // JSON Schema §4.2.1 (draft-07 core): "integer" is any number with a zero fractional
            // part, so 5.0 is the integer 5, as the official schemas' validators read it.
            BigDecimal decimal = value.decimalValue();
            if (decimal.signum() == 0) {
                return 0;
            }
            // A scale <= 0 has no fraction at all; stripping zeros there could push the scale
            // below Integer.MIN_VALUE (1000e2147483646) and throw, and is not needed.
            if (decimal.scale() <= 0 || decimal.stripTrailingZeros().scale() <= 0) {
                if (decimal.compareTo(INT_MIN) < 0 || decimal.compareTo(INT_MAX) > 0) {
                    throw outOfIntRange(at, decimal.toString());
                }
                return decimal.intValue();
            }
        }
        throw wrongType(at, "integer", value);
    }

    private static Violation outOfIntRange(String at, String value) {
        return new Violation(RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                at + ": " + Checks.excerpt(value) + " (expected: a 32-bit integer)");
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
        // In long: with an exponent near Integer.MAX_VALUE (1e2147483647) the scale is near
        // Integer.MIN_VALUE and the int difference wraps around to a small number.
        if ((long) decimal.precision() - decimal.scale() > MAX_INTEGER_DIGITS) {
            throw new Violation(RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION, JsonPath.of(path, name) + ": "
                    + Checks.excerpt(decimal.toString()) + " (expected: a finite number)");
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

    private static <E extends Enum<E>> E toEnum(String at, JsonNode value, EnumCodec<E> codec) {
        if (!value.isTextual()) {
            throw wrongType(at, "string", value);
        }
        String text = value.textValue();
        E constant = codec.fromWireName(text);
        if (constant == null) {
            throw new Violation(RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                    at + ": '" + Checks.excerpt(text) + "' is not one of " + codec.allowed());
        }
        return constant;
    }

    private static <T> T toObject(JsonNode value, JsonPath at, ObjectCodec<T> codec) {
        if (!(value instanceof ObjectNode object)) {
            throw wrongType(at.toString(), "object", value);
        }
        return new ObjectReader(object, at).read(codec);
    }

    /** Reads one array item at its path; throws {@link Violation}. */
    @FunctionalInterface
    private interface ItemReader<T> {
        T read(JsonNode item, JsonPath at);
    }

    private <T> List<T> toList(String name, JsonNode value, int minItems, int maxItems, ItemReader<T> items) {
        JsonPath at = JsonPath.field(path, name);
        if (!value.isArray()) {
            throw wrongType(at.toString(), "array", value);
        }
        if (value.size() < minItems) {
            throw new Violation(RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                    at + ": " + value.size() + " items (expected: >= " + minItems + ")");
        }
        if (value.size() > maxItems) {
            throw new Violation(RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                    at + ": " + value.size() + " items (expected: <= " + maxItems + ")");
        }
        List<T> list = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            list.add(items.read(value.get(i), JsonPath.element(at, i)));
        }
        return list;
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
        String got = value.isNumber() ? Checks.excerpt(value.asText()) : typeName(value);
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
}
