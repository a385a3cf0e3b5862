package org.ocppconnector.gateway.kinesis;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: attempt {@code n} waits a uniformly random time in
 * {@code [0, min(max, base * 2^(n-1))]}. Full jitter spreads the retries of many instances that
 * failed together (an outage, a throttled shard) instead of letting them return in step.
 */
record Backoff(Duration base, Duration max, RandomGenerator random) {

    Backoff {
        requireNonNull(base, "base");
        requireNonNull(max, "max");
        requireNonNull(random, "random");
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("base: " + base + ", max: " + max + " (expected: 0 < base <= max)");
        }
    }

    /** The delay before retry number {@code attempt} (1 for the first retry), in nanoseconds. */
    long delayNanos(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt: " + attempt + " (expected: >= 1)");
        }
        long maxNanos = max.toNanos();
        // Shift bounded so the cap is reached before the multiplication could overflow.
        int shift = Math.min(attempt - 1, 62);
        long ceiling = base.toNanos() > (maxNanos >> shift) ? maxNanos : base.toNanos() << shift;
        return random.nextLong(ceiling + 1);
    }
}
