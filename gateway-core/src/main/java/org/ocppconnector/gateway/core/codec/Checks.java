package org.ocppconnector.gateway.core.codec;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The value constraints of the official OCPP JSON schemas, checked by the records' compact
 * constructors, so that records built in code are held to the same rules as decoded ones. Each
 * check returns its (copied, where mutable) argument or throws: {@link NullPointerException} with
 * the field name for a missing required value, {@link IllegalArgumentException} with a message that
 * starts with the field name for a value out of range, so that {@link ObjectReader} can prefix the
 * path of the enclosing object.
 */
public final class Checks {

    private Checks() {}

    /** The schemas' {@code maxLength}; JSON Schema counts code points, not UTF-16 units. */
    public static String maxLength(String name, String value, int max) {
        requireNonNull(value, name);
        if (value.length() > max) {
            int codePoints = value.codePointCount(0, value.length());
            if (codePoints > max) {
                throw new IllegalArgumentException(name + ": length " + codePoints + " (expected: <= " + max + ")");
            }
        }
        return value;
    }

    /** {@link #maxLength} for an optional string. */
    public static @Nullable String maxLengthOrNull(String name, @Nullable String value, int max) {
        return value == null ? null : maxLength(name, value, max);
    }

    /** {@link #maxLength} for each item of a list, named {@code name[i]}; an immutable copy. */
    public static List<String> maxLengthEach(String name, List<String> values, int max) {
        List<String> copy = List.copyOf(requireNonNull(values, name));
        for (int i = 0; i < copy.size(); i++) {
            maxLength(name + "[" + i + "]", copy.get(i), max);
        }
        return copy;
    }

    /** {@link #maxLengthEach} for an optional list. */
    public static @Nullable List<String> maxLengthEachOrNull(String name, @Nullable List<String> values, int max) {
        return values == null ? null : maxLengthEach(name, values, max);
    }

    /** A required list: an immutable copy. */
    public static <T> List<T> list(String name, List<T> values) {
        return List.copyOf(requireNonNull(values, name));
    }

    /** An optional list: an immutable copy, or null. */
    public static <T> @Nullable List<T> listOrNull(@Nullable List<T> values) {
        return values == null ? null : List.copyOf(values);
    }

    /** The schemas' {@code minItems} for a required list: an immutable copy. */
    public static <T> List<T> minItems(String name, List<T> values, int min) {
        return items(name, values, min, Integer.MAX_VALUE);
    }

    /** The schemas' {@code minItems} for an optional list: an immutable copy, or null. */
    public static <T> @Nullable List<T> minItemsOrNull(String name, @Nullable List<T> values, int min) {
        if (values == null) {
            return null;
        }
        if (values.size() < min) {
            throw new IllegalArgumentException(name + ": " + values.size() + " items (expected: >= " + min + ")");
        }
        return List.copyOf(values);
    }

    /**
     * The schemas' {@code multipleOf: 0.1}, checked exactly on the decimal: at most one digit after
     * the point once trailing zeros are dropped (16.50 is fine, 16.55 is not).
     */
    public static BigDecimal multipleOfTenth(String name, BigDecimal value) {
        requireNonNull(value, name);
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 1) {
            // toString, not toPlainString: 1E-999999999 must not become a billion digits.
            throw new IllegalArgumentException(name + ": " + excerpt(value.toString())
                    + " (expected: a multiple of 0.1)");
        }
        return value;
    }

    /** {@link #multipleOfTenth} for an optional decimal. */
    public static @Nullable BigDecimal multipleOfTenthOrNull(String name, @Nullable BigDecimal value) {
        return value == null ? null : multipleOfTenth(name, value);
    }

    /**
     * The schemas' {@code format: uri}: an absolute URI (RFC 3986 §4.3), i.e. a scheme, a colon
     * and then only characters RFC 3986 §2 allows, with well-formed percent-escapes.
     */
    public static String absoluteUri(String name, String value) {
        requireNonNull(value, name);
        int colon = value.indexOf(':');
        boolean valid = colon > 0 && isAlpha(value.charAt(0));
        for (int i = 1; valid && i < colon; i++) {
            char c = value.charAt(i);
            valid = isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.';
        }
        for (int i = colon + 1; valid && i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                valid = i + 2 < value.length() && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2));
                i += 2;
            } else {
                valid = isAlpha(c) || isDigit(c) || "-._~:/?#[]@!$&'()*+,;=".indexOf(c) >= 0;
            }
        }
        if (!valid) {
            throw new IllegalArgumentException(name + ": '" + Checks.excerpt(value) + "' is not an absolute URI");
        }
        return value;
    }

    /** The schemas' {@code minItems} and {@code maxItems} for a required list: an immutable copy. */
    public static <T> List<T> items(String name, List<T> values, int min, int max) {
        List<T> copy = List.copyOf(requireNonNull(values, name));
        if (copy.size() < min) {
            throw new IllegalArgumentException(name + ": " + copy.size() + " items (expected: >= " + min + ")");
        }
        if (copy.size() > max) {
            throw new IllegalArgumentException(name + ": " + copy.size() + " items (expected: <= " + max + ")");
        }
        return copy;
    }

    /** {@link #items} for an optional list. */
    public static <T> @Nullable List<T> itemsOrNull(String name, @Nullable List<T> values, int min, int max) {
        return values == null ? null : items(name, values, min, max);
    }

    /** The schemas' {@code minimum} and {@code maximum} for an integer (inclusive). */
    public static int range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + ": " + value + " (expected: " + (max == Integer.MAX_VALUE
                    ? ">= " + min
                    : min + " to " + max) + ")");
        }
        return value;
    }

    /** {@link #range} for an optional integer. */
    public static @Nullable Integer rangeOrNull(String name, @Nullable Integer value, int min, int max) {
        return value == null ? null : range(name, value, min, max);
    }

    /** A value as error messages quote it: long values are cut, so a message stays short. */
    public static String excerpt(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
