package org.ocppconnector.gateway.app;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Typed reads of environment variables; every failure names the variable. */
final class Env {

    private final Map<String, String> vars;

    Env(Map<String, String> vars) {
        this.vars = Map.copyOf(vars);
    }

    Optional<String> get(String name) {
        String value = vars.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    String string(String name, String defaultValue) {
        return get(name).orElse(defaultValue);
    }

    String required(String name, String meaning) {
        return get(name).orElseThrow(() -> new ConfigException(name + " is required: " + meaning));
    }

    int integer(String name, int defaultValue, int min, int max) {
        Optional<String> raw = get(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw new ConfigException(name, raw.get(), "an integer " + min + ".." + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException(name, raw.get(), "an integer " + min + ".." + max);
        }
    }

    boolean bool(String name, boolean defaultValue) {
        Optional<String> raw = get(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        return switch (raw.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException(name, raw.get(), "true or false");
        };
    }

    Duration seconds(String name, Duration defaultValue, long min, long max) {
        return Duration.ofSeconds(integer(name, (int) defaultValue.toSeconds(), (int) min, (int) max));
    }

    <E extends Enum<E>> E choice(String name, E defaultValue, Class<E> type) {
        Optional<String> raw = get(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(raw.get().replace('-', '_'))) {
                return constant;
            }
        }
        StringBuilder expected = new StringBuilder("one of");
        for (E constant : type.getEnumConstants()) {
            expected.append(' ').append(constant.name().toLowerCase(java.util.Locale.ROOT));
        }
        throw new ConfigException(name, raw.get(), expected.toString());
    }
}
