package org.ocppconnector.gateway.ocpp16;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.ocpp16.message.DateTime;

/** Builds one JSON object from a record; absent (null) fields are omitted, as the schemas require. */
final class ObjectWriter {

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    ObjectNode node() {
        return node;
    }

    ObjectWriter put(String name, @Nullable String value) {
        if (value != null) {
            node.put(name, value);
        }
        return this;
    }

    ObjectWriter put(String name, @Nullable Integer value) {
        if (value != null) {
            node.put(name, value.intValue());
        }
        return this;
    }

    ObjectWriter put(String name, @Nullable Boolean value) {
        if (value != null) {
            node.put(name, value.booleanValue());
        }
        return this;
    }

    ObjectWriter put(String name, @Nullable DateTime value) {
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
    ObjectWriter put(String name, @Nullable BigDecimal value) {
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

    <E extends Enum<E>> ObjectWriter put(String name, @Nullable E value, EnumCodec<E> codec) {
        if (value != null) {
            node.put(name, codec.wireName(value));
        }
        return this;
    }

    <T> ObjectWriter put(String name, @Nullable T value, ObjectCodec<T> codec) {
        if (value != null) {
            node.set(name, codec.write(value));
        }
        return this;
    }

    <T> ObjectWriter putArray(String name, @Nullable List<T> values, ObjectCodec<T> codec) {
        if (values != null) {
            ArrayNode array = node.putArray(name);
            for (T value : values) {
                array.add(codec.write(value));
            }
        }
        return this;
    }

    ObjectWriter putStrings(String name, @Nullable List<String> values) {
        if (values != null) {
            ArrayNode array = node.putArray(name);
            for (String value : values) {
                array.add(value);
            }
        }
        return this;
    }
}
