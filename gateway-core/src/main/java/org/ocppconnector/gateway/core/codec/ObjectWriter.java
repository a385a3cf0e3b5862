package org.ocppconnector.gateway.core.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds one JSON object from a record for an {@link ObjectCodec}'s writer: one call per field, in
 * the schema's order; absent (null) fields are omitted, as the schemas require. Not thread-safe.
 */
public final class ObjectWriter {

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    ObjectWriter() {}

    ObjectNode node() {
        return node;
    }

    /** A string. */
    public ObjectWriter put(String name, @Nullable String value) {
        if (value != null) {
            node.put(name, value);
        }
        return this;
    }

    /** An integer. */
    public ObjectWriter put(String name, @Nullable Integer value) {
        if (value != null) {
            node.put(name, value.intValue());
        }
        return this;
    }

    /** A boolean. */
    public ObjectWriter put(String name, @Nullable Boolean value) {
        if (value != null) {
            node.put(name, value.booleanValue());
        }
        return this;
    }

    /** A date-time, as its text was written. */
    public ObjectWriter put(String name, @Nullable DateTime value) {
        if (value != null) {
            node.put(name, value.text());
        }
        return this;
    }

    /**
     * A decimal as it was read: without a fraction (scale 0) it was an integer in JSON and is
     * written as one; otherwise as a decimal node, bypassing the node factory so that no trailing
     * zero is stripped.
     */
    public ObjectWriter put(String name, @Nullable BigDecimal value) {
        if (value == null) {
            return this;
        }
        if (value.scale() != 0) {
            node.set(name, DecimalNode.valueOf(value));
        } else if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
            long n = value.longValueExact();
            if (n == (int) n) {
                node.put(name, (int) n);
            } else {
                node.put(name, n);
            }
        } else {
            node.set(name, BigIntegerNode.valueOf(value.toBigIntegerExact()));
        }
        return this;
    }

    /** An enum value, by its wire name. */
    public <E extends Enum<E>> ObjectWriter put(String name, @Nullable E value, EnumCodec<E> codec) {
        if (value != null) {
            node.put(name, codec.wireName(value));
        }
        return this;
    }

    /** A nested object. */
    public <T> ObjectWriter put(String name, @Nullable T value, ObjectCodec<T> codec) {
        if (value != null) {
            node.set(name, codec.write(value));
        }
        return this;
    }

    /** An array of objects. */
    public <T> ObjectWriter putArray(String name, @Nullable List<T> values, ObjectCodec<T> codec) {
        if (values != null) {
            ArrayNode array = node.putArray(name);
            for (T value : values) {
                array.add(codec.write(value));
            }
        }
        return this;
    }

    /** An array of strings. */
    public ObjectWriter putStrings(String name, @Nullable List<String> values) {
        if (values != null) {
            ArrayNode array = node.putArray(name);
            for (String value : values) {
                array.add(value);
            }
        }
        return this;
    }

    /** An array of integers. */
    public ObjectWriter putIntegers(String name, @Nullable List<Integer> values) {
        if (values != null) {
            ArrayNode array = node.putArray(name);
            for (Integer value : values) {
                array.add(value.intValue());
            }
        }
        return this;
    }

    /** An array of enum values, by their wire names. */
    public <E extends Enum<E>> ObjectWriter putEnums(String name, @Nullable List<E> values, EnumCodec<E> codec) {
        if (values != null) {
            ArrayNode array = node.putArray(name);
            for (E value : values) {
                array.add(codec.wireName(value));
            }
        }
        return this;
    }

    /** A value of any JSON type, copied; a {@code NullNode} is written as JSON {@code null}. */
    public ObjectWriter put(String name, @Nullable JsonNode value) {
        if (value != null) {
            node.set(name, value.deepCopy());
        }
        return this;
    }

    /** Properties beyond the schema's, copied, for an object that allows additional properties. */
    public ObjectWriter putAll(Map<String, JsonNode> properties) {
        for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
            node.set(property.getKey(), property.getValue().deepCopy());
        }
        return this;
    }
}
