package org.ocppconnector.gateway.core.codec;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The wire spellings of one enum, for reading (case-sensitive, as the schemas' {@code enum}) and
 * writing. Immutable and thread-safe.
 *
 * @param <E> the Java enum
 */
public final class EnumCodec<E extends Enum<E>> {

    private final Map<String, E> byWireName;
    private final Function<E, String> wireName;
    private final String allowed;

    private EnumCodec(E[] values, Function<E, String> wireName) {
        this.wireName = wireName;
        this.byWireName = HashMap.newHashMap(values.length);
        for (E value : values) {
            if (byWireName.put(wireName.apply(value), value) != null) {
                throw new IllegalStateException("duplicate wire name: " + wireName.apply(value));
            }
        }
        this.allowed = Arrays.stream(values).map(wireName).collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * A codec for the constants of {@code type}, spelled by {@code wireName}.
     *
     * @throws IllegalStateException if two constants have the same spelling
     */
    public static <E extends Enum<E>> EnumCodec<E> of(Class<E> type, Function<E, String> wireName) {
        return new EnumCodec<>(requireNonNull(type.getEnumConstants(), "type"), wireName);
    }

    /** The constant spelled {@code text} (case-sensitive), or null. */
    public @Nullable E fromWireName(String text) {
        return byWireName.get(text);
    }

    /** The spelling of {@code value}. */
    public String wireName(E value) {
        return wireName.apply(value);
    }

    /** The accepted spellings, e.g. {@code [A, W]}. */
    public String allowed() {
        return allowed;
    }
}
