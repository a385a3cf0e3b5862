package org.ocppconnector.gateway.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppconnector.gateway.core.ChargingStationId;

class CredentialsFileAuthenticatorTest {

    @TempDir
    Path dir;

    private static AuthOutcome auth(StationAuthenticator a, String id, int profile, String password) throws Exception {
        return a.authenticate(new AuthRequest(new ChargingStationId(id), profile,
                password == null ? null : new BasicCredentials(id, password), List.of(), null))
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void invalidLinesAreNamed() throws Exception {
        String hash = PasswordHash.create("pw", 1000).encode();
        String[][] cases = {
            {"CS-1 " + hash, "line 1: 2 fields"},
            {"\n# comment\nCS-1 " + hash + " 4", "line 3: minimum security profile 4"},
            {"CS-1 - 2", "line 1: a station without password needs minimum security profile 3"},
            {"CS-1 plain 1", "line 1: password hash: not of the form"},
            {"CS-1 " + hash + " 1\nCS-1 " + hash + " 2", "line 2: station CS-1 listed twice"},
        };
        for (String[] c : cases) {
            Path file = dir.resolve("bad.txt");
            Files.writeString(file, c[0]);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CredentialsFileAuthenticator.start(file, Duration.ofSeconds(5), Duration.ZERO));
            assertTrue(e.getMessage().startsWith(c[1]), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> CredentialsFileAuthenticator.start(dir.resolve("missing"),
                Duration.ofSeconds(5), Duration.ZERO));
    }

    @Test
    void verifiedPasswordsAreCachedUntilTheirTtl() throws Exception {
        Path file = dir.resolve("stations.txt");
        Files.writeString(file, "CS-1 " + PasswordHash.create("pw-1-0123456789", 1000).encode() + " 1\n");
        MutableClock clock = new MutableClock();
        try (CredentialsFileAuthenticator a = CredentialsFileAuthenticator.start(file, Duration.ofSeconds(5),
                Duration.ofSeconds(30), clock)) {
            assertEquals(new AuthOutcome.Accepted(1), auth(a, "CS-1", 1, "pw-1-0123456789"));
            // A cache hit answers at once, without a trip to the verification threads.
            assertTrue(a.authenticate(new AuthRequest(new ChargingStationId("CS-1"), 1,
                    new BasicCredentials("CS-1", "pw-1-0123456789"), List.of(), null)).toCompletableFuture().isDone());
            assertInstanceOf(AuthOutcome.Refused.class, auth(a, "CS-1", 1, "pw-1-012345678"), "a cache never "
                    + "accepts another password");
            clock.now = clock.now.plusSeconds(31);
            assertEquals(new AuthOutcome.Accepted(1), auth(a, "CS-1", 1, "pw-1-0123456789"));
            assertEquals(new AuthOutcome.Refused("station not in the credentials file"), auth(a, "CS-2", 1, "x"));
            assertEquals(new AuthOutcome.Refused("no Basic credentials at security profile 1"),
                    auth(a, "CS-1", 1, null));
        }
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-22T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
