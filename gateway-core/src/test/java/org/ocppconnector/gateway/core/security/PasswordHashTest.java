package org.ocppconnector.gateway.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void roundTripsThroughItsTextForm() {
        PasswordHash hash = PasswordHash.create("s3cret-key-0123456789", 1000);
        String text = hash.encode();
        assertTrue(text.startsWith("pbkdf2-sha256$1000$"), text);
        PasswordHash parsed = PasswordHash.parse(text);
        assertEquals(hash, parsed);
        assertTrue(parsed.matches("s3cret-key-0123456789"));
        assertFalse(parsed.matches("s3cret-key-0123456780"));
        assertFalse(parsed.matches(""));
        assertNotEquals(text, PasswordHash.create("s3cret-key-0123456789", 1000).encode(), "a fresh salt each time");
        assertFalse(hash.toString().contains(text.substring(text.lastIndexOf('$') + 1)));
    }

    @Test
    void invalidTextIsNamedWithoutEchoingIt() {
        String good = PasswordHash.create("x", 1000).encode();
        String[] parts = good.split("\\$");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PasswordHash.parse("md5$" + parts[2]));
        assertFalse(e.getMessage().contains(parts[2]));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse("pbkdf2-sha256$many$" + parts[2] + "$" + parts[3]));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse("pbkdf2-sha256$10$" + parts[2] + "$" + parts[3]));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse("pbkdf2-sha256$1000$!!$" + parts[3]));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse("pbkdf2-sha256$1000$QUJD$" + parts[3]),
                "a 3-byte salt is too short");
    }
}
