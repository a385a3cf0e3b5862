package org.ocppconnector.gateway.core.codec;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * An OCPP {@code dateTime}: an RFC 3339 §5.6 {@code date-time}, the schemas' {@code format:
 * date-time}. It keeps the text exactly as written, so a decoded payload encodes back to the same
 * JSON, and offers the instant it denotes.
 *
 * <p>Accepted: {@code YYYY-MM-DD}, {@code T} (or {@code t}), {@code hh:mm:ss}, an optional fraction
 * of any number of digits, and {@code Z} (or {@code z}) or a numeric offset {@code ±hh:mm}. Dates
 * are checked against the calendar (no February 30). A leap second {@code :60} is accepted where
 * RFC 3339 §5.7 allows it (23:59:60 UTC) and, as {@link DateTimeFormatter#ISO_INSTANT} does, read as
 * second 59. Equality is by text: {@code 12:00:00Z} and {@code 13:00:00+01:00} are different
 * values denoting the same instant. A class rather than a record, so that the instant is parsed
 * once and can never disagree with the text.
 */
public final class DateTime {

    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private final String text;
    private final Instant instant;

    private DateTime(String text, Instant instant) {
        this.text = text;
        this.instant = instant;
    }

    /**
     * Parses an RFC 3339 date-time.
     *
     * @throws IllegalArgumentException if {@code text} is not one
     */
    public static DateTime parse(String text) {
        requireNonNull(text, "text");
        Instant instant = toInstantOrNull(text);
        if (instant == null) {
            throw new IllegalArgumentException("'" + Checks.excerpt(text) + "' is not an RFC 3339 date-time");
        }
        return new DateTime(text, instant);
    }

    /** The date-time of an instant in UTC, e.g. {@code 2025-01-31T12:00:00.123Z}. */
    public static DateTime of(Instant instant) {
        requireNonNull(instant, "instant");
        return parse(DateTimeFormatter.ISO_INSTANT.format(instant));
    }

    /** {@link #of(Instant)} truncated to milliseconds, the precision stations commonly parse. */
    public static DateTime ofMillis(Instant instant) {
        return of(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The text as written, e.g. {@code 2025-01-31T13:00:00.5+01:00}. */
    public String text() {
        return text;
    }

    /** The instant denoted; a fraction beyond nanoseconds is truncated. */
    public Instant toInstant() {
        return instant;
    }

    /**
     * The date-time with the offset it was written with ({@code Z} is UTC).
     *
     * @throws java.time.DateTimeException if the offset is beyond ±18:00, which RFC 3339 allows
     *     (up to ±23:59) but {@link ZoneOffset} cannot hold; {@link #toInstant()} always works
     */
    public OffsetDateTime toOffsetDateTime() {
        int n = text.length();
        char last = text.charAt(n - 1);
        ZoneOffset offset = last == 'Z' || last == 'z'
                ? ZoneOffset.UTC
                : ZoneOffset.of(text.substring(n - 6));
        return instant.atOffset(offset);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof DateTime other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    private static @Nullable Instant toInstantOrNull(String s) {
        // full-date "T" partial-time time-offset; the shortest is 2025-01-31T00:00:00Z (20 chars).
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                if (i - start < 9) {
                    nanos = nanos * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            if (i == start) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetMinutes;
        if (i == n - 1 && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
            offsetMinutes = 0;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int offsetHour = digits(s, i + 1, 2);
            int offsetMinute = digits(s, i + 4, 2);
            if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) {
                return null;
            }
            offsetMinutes = (s.charAt(i) == '-' ? -1 : 1) * (offsetHour * 60 + offsetMinute);
        } else {
            return null;
        }
        if (second == 60) {
            // RFC 3339 §5.7: a leap second is the last second of a UTC day, whatever the offset.
            int utcMinuteOfDay = Math.floorMod(hour * 60 + minute - offsetMinutes, 24 * 60);
            if (utcMinuteOfDay != 23 * 60 + 59) {
                return null;
            }
            second = 59;
        }
        // RFC 3339 allows offsets up to ±23:59, java.time's ZoneOffset only ±18:00: the instant is
        // computed from the UTC reading instead, so every valid offset is accepted.
        long epochSecond = LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC)
                - offsetMinutes * 60L;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /** The non-negative number in {@code s[from, from + count)}, or -1 if any of it is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int daysInMonth(int year, int month) {
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return month == 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
    }
}
