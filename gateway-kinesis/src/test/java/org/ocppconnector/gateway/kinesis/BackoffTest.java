package org.ocppconnector.gateway.kinesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration BASE = Duration.ofMillis(100);
    private static final Duration MAX = Duration.ofSeconds(5);

    @Test
    void staysWithinTheDoublingCeilingCappedAtMax() {
        Backoff backoff = new Backoff(BASE, MAX, new SplittableRandom(1));
        for (int attempt = 1; attempt <= 100; attempt++) {
            long ceiling = Math.min(MAX.toNanos(), BASE.toNanos() * (1L << Math.min(attempt - 1, 20)));
            for (int i = 0; i < 200; i++) {
                long delay = backoff.delayNanos(attempt);
                assertTrue(delay >= 0 && delay <= ceiling, "attempt " + attempt + ": " + delay + " > " + ceiling);
            }
        }
    }

    @Test
    void reachesTheCeilingWithAnAlwaysHighRandom() {
        // A generator answering the top of every range shows each attempt's ceiling.
        RandomGenerator top = new RandomGenerator() {
            @Override
            public long nextLong() {
                return Long.MAX_VALUE;
            }

            @Override
            public long nextLong(long bound) {
                return bound - 1;
            }
        };
        Backoff backoff = new Backoff(BASE, MAX, top);
        assertEquals(Duration.ofMillis(100).toNanos(), backoff.delayNanos(1));
        assertEquals(Duration.ofMillis(200).toNanos(), backoff.delayNanos(2));
        assertEquals(Duration.ofMillis(400).toNanos(), backoff.delayNanos(3));
        assertEquals(Duration.ofMillis(3200).toNanos(), backoff.delayNanos(6));
        assertEquals(MAX.toNanos(), backoff.delayNanos(7));
        assertEquals(MAX.toNanos(), backoff.delayNanos(Integer.MAX_VALUE));
    }

    @Test
    void spreadsDelaysOverTheWholeRange() {
        Backoff backoff = new Backoff(BASE, MAX, new SplittableRandom(2));
        long ceiling = MAX.toNanos();
        int low = 0;
        int high = 0;
        for (int i = 0; i < 1000; i++) {
            long delay = backoff.delayNanos(30);
            if (delay < ceiling / 4) {
                low++;
            } else if (delay > ceiling * 3 / 4) {
                high++;
            }
        }
        // Full jitter: about a quarter in each outer quarter, not clustered at the ceiling.
        assertTrue(low > 150 && high > 150, "low " + low + ", high " + high);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, MAX, new SplittableRandom()));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(MAX, BASE, new SplittableRandom()));
        Backoff backoff = new Backoff(BASE, MAX, new SplittableRandom());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> backoff.delayNanos(0));
        assertEquals("attempt: 0 (expected: >= 1)", e.getMessage());
    }
}
