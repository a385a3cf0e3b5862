package org.ocppconnector.gateway.core.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateTimeTest {

    @Test
    void parsesRfc3339AndKeepsTheText() {
        DateTime dateTime = DateTime.parse("2025-01-31T13:45:30.5+05:30");
        assertEquals("2025-01-31T13:45:30.5+05:30", dateTime.text());
        assertEquals("2025-01-31T13:45:30.5+05:30", dateTime.toString());
        assertEquals(Instant.parse("2025-01-31T08:15:30.5Z"), dateTime.toInstant());
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), dateTime.toOffsetDateTime().getOffset());
        assertEquals(Instant.parse("2025-01-31T08:15:30.5Z"), dateTime.toOffsetDateTime().toInstant());
        assertEquals(Instant.parse("2025-01-01T01:00:00Z"), DateTime.parse("2024-12-31T23:00:00-02:00").toInstant());
        assertEquals(ZoneOffset.UTC, DateTime.parse("2025-01-01T00:00:00z").toOffsetDateTime().getOffset());
    }

    @Test
    void equalityIsByTextNotByInstant() {
        DateTime utc = DateTime.parse("2025-01-31T12:00:00Z");
        DateTime paris = DateTime.parse("2025-01-31T13:00:00+01:00");
        assertEquals(utc.toInstant(), paris.toInstant());
        assertNotEquals(utc, paris);
        assertEquals(utc, DateTime.parse("2025-01-31T12:00:00Z"));
        assertEquals(utc.hashCode(), DateTime.parse("2025-01-31T12:00:00Z").hashCode());
    }

    @Test
    void checksTheCalendar() {
        assertEquals(Instant.parse("2024-02-29T00:00:00Z"), DateTime.parse("2024-02-29T00:00:00Z").toInstant());
        assertEquals(Instant.parse("2000-02-29T00:00:00Z"), DateTime.parse("2000-02-29T00:00:00Z").toInstant());
        for (String text : List.of("2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2024-06-31T00:00:00Z",
                "2024-00-01T00:00:00Z", "2024-01-00T00:00:00Z")) {
            assertThrows(IllegalArgumentException.class, () -> DateTime.parse(text), text);
        }
    }

    @Test
    void acceptsEveryOffsetRfc3339Allows() {
        // Found by Ocpp16PayloadFuzzTest: an offset beyond ±18:00 (RFC 3339 allows ±23:59, and so
        // do the official schemas' validators) made java.time throw out of the decoder.
        assertEquals(Instant.parse("2024-12-31T00:59:00Z"), DateTime.parse("2025-01-01T00:00:00+23:01").toInstant());
        assertEquals(Instant.parse("2025-01-01T23:59:00Z"), DateTime.parse("2025-01-01T00:00:00-23:59").toInstant());
        assertEquals(Instant.parse("2025-01-01T04:59:00.5Z"), DateTime.parse("2025-01-01T00:00:00.5-04:59").toInstant());
        assertThrows(IllegalArgumentException.class, () -> DateTime.parse("2025-01-01T00:00:00+24:00"));
        assertThrows(java.time.DateTimeException.class,
                () -> DateTime.parse("2025-01-01T00:00:00+19:00").toOffsetDateTime());
    }

    @Test
    void acceptsLeapSecondsOnlyAtTheEndOfAUtcDay() {
        // RFC 3339 §5.7 and its §5.8 example: the same leap second written in UTC and at -08:00.
        assertEquals(Instant.parse("1990-12-31T23:59:59Z"), DateTime.parse("1990-12-31T23:59:60Z").toInstant());
        assertEquals(Instant.parse("1990-12-31T23:59:59Z"), DateTime.parse("1990-12-31T15:59:60-08:00").toInstant());
        assertThrows(IllegalArgumentException.class, () -> DateTime.parse("1990-12-31T12:00:60Z"));
        assertThrows(IllegalArgumentException.class, () -> DateTime.parse("1990-12-31T23:59:60+01:00"));
    }

    @Test
    void keepsFractionsOfAnyLength() {
        assertEquals(123_456_789, DateTime.parse("2025-01-31T00:00:00.123456789Z").toInstant().getNano());
        assertEquals(100_000_000, DateTime.parse("2025-01-31T00:00:00.1Z").toInstant().getNano());
        // Beyond nanoseconds the instant is truncated, the text is not.
        DateTime picos = DateTime.parse("2025-01-31T00:00:00.123456789999Z");
        assertEquals(123_456_789, picos.toInstant().getNano());
        assertEquals("2025-01-31T00:00:00.123456789999Z", picos.text());
    }

    @Test
    void refusesWhatRfc3339Refuses() {
        for (String text : List.of("", "2025-01-31", "2025-01-31T00:00:00", "2025-01-31 00:00:00Z",
                "2025-01-31T00:00:00+0100", "2025-01-31T00:00:00+01", "2025-01-31T00:00:00+24:00",
                "2025-01-31T00:00:00+01:60", "2025-01-31T00:00Z", "2025-01-31T00:00:00.Z", "+2025-01-31T00:00:00Z",
                "25-01-31T00:00:00Z", "2025-01-31T00:00:00Z\n", "２０２５-01-31T00:00:00Z",
                "2025-01-31T00:00:00UTC")) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> DateTime.parse(text), text);
            assertEquals("'" + text + "' is not an RFC 3339 date-time", e.getMessage());
        }
    }

    @Test
    void formatsInstantsInUtc() {
        Instant instant = Instant.parse("2025-01-31T12:00:00.123456Z");
        assertEquals("2025-01-31T12:00:00.123456Z", DateTime.of(instant).text());
        assertEquals("2025-01-31T12:00:00.123Z", DateTime.ofMillis(instant).text());
        assertEquals("2025-01-31T12:00:00Z", DateTime.ofMillis(Instant.parse("2025-01-31T12:00:00.000900Z")).text());
        assertThrows(IllegalArgumentException.class, () -> DateTime.of(Instant.parse("+10000-01-01T00:00:00Z")));
    }
}
