package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The value constraints of the OCPP 1.6 schemas, checked by the records' compact constructors.
 * Messages start with the field name, so a decoder can prefix the path of the enclosing object.
 */
final class Checks {

    private Checks() {}

    /** JSON Schema's maxLength counts code points, not UTF-16 units. */
    static String maxLength(String name, String value, int max) {
        requireNonNull(value, name);
        if (value.length() > max) {
            int codePoints = value.codePointCount(0, value.length());
            if (codePoints > max) {
                throw new IllegalArgumentException(name + ": length " + codePoints + " (expected: <= " + max + ")");
            }
        }
        return value;
    }

    static @Nullable String maxLengthOrNull(String name, @Nullable String value, int max) {
        return value == null ? null : maxLength(name, value, max);
    }

    static List<String> maxLengthEach(String name, List<String> values, int max) {
        List<String> copy = List.copyOf(requireNonNull(values, name));
        for (int i = 0; i < copy.size(); i++) {
            maxLength(name + "[" + i + "]", copy.get(i), max);
        }
        return copy;
    }

    static @Nullable List<String> maxLengthEachOrNull(String name, @Nullable List<String> values, int max) {
        return values == null ? null : maxLengthEach(name, values, max);
    }

    static <T> List<T> list(String name, List<T> values) {
        return List.copyOf(requireNonNull(values, name));
    }

    static <T> @Nullable List<T> listOrNull(@Nullable List<T> values) {
        return values == null ? null : List.copyOf(values);
    }

    static <T> @Nullable List<T> minItemsOrNull(String name, @Nullable List<T> values, int min) {
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
    static BigDecimal multipleOfTenth(String name, BigDecimal value) {
        requireNonNull(value, name);
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 1) {
            // toString, not toPlainString: 1E-999999999 must not become a billion digits.
            throw new IllegalArgumentException(name + ": " + excerpt(value.toString())
                    + " (expected: a multiple of 0.1)");
        }
        return value;
    }

    static @Nullable BigDecimal multipleOfTenthOrNull(String name, @Nullable BigDecimal value) {
        return value == null ? null : multipleOfTenth(name, value);
    }

    /**
     * The schemas' {@code format: uri}: an absolute URI (RFC 3986 §4.3), i.e. a scheme, a colon
     * and then only characters RFC 3986 §2 allows, with well-formed percent-escapes.
     */
    static String absoluteUri(String name, String value) {
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

    /** A value as error messages quote it: long values are cut, so a message stays short. */
    static String excerpt(String value) {
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
