package org.ocppconnector.gateway.core;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A station's identity: the last path segment of its WebSocket URL (OCPP-J 1.6 §3.1.1, OCPP
 * 2.0.1 part 4 §3.2), validated once. 1 to 48 printable ASCII characters and no {@code /}.
 *
 * @param value the decoded id, e.g. {@code CP-001}
 */
public record ChargingStationId(String value) {

    /** The longest id accepted: 48, the length of chargeBoxIdentity in OCPP 1.6. */
    public static final int MAX_LENGTH = 48;

    public ChargingStationId {
        java.util.Objects.requireNonNull(value, "value");
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("stationId: " + problem);
        }
    }

    /** Percent-decodes a raw path segment and validates it; empty if it is not a valid id. */
    public static Optional<ChargingStationId> fromPathSegment(String rawSegment) {
        Optional<String> decoded = percentDecode(rawSegment);
        if (decoded.isEmpty() || problem(decoded.get()) != null) {
            return Optional.empty();
        }
        return Optional.of(new ChargingStationId(decoded.get()));
    }

    private static String problem(String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return "length " + value.length() + " (expected: 1.." + MAX_LENGTH + ")";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '/') {
                return "character at " + i + " (expected: printable ASCII other than '/')";
            }
        }
        return null;
    }

    // RFC 3986 percent-decoding of a path segment; unlike form decoding, '+' stays '+'.
    private static Optional<String> percentDecode(String raw) {
        if (raw.indexOf('%') < 0) {
            return Optional.of(raw);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                out.write((hi << 4) | lo);
                i += 2;
            } else if (c > 0x7f) {
                return Optional.empty();
            } else {
                out.write(c);
            }
        }
        return Optional.of(out.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return value;
    }
}
