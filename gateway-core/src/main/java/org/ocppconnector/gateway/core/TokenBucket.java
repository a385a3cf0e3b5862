package org.ocppconnector.gateway.core;

/**
 * A token bucket: {@code burst} tokens at most, refilled at {@code ratePerSecond}; each event
 * takes one. Time comes from the caller (an injected clock's millis), so tests control it. Not
 * thread-safe: the owner confines it to one event loop or locks it.
 */
final class TokenBucket {

    private final double perMilli;
    private final double burst;
    private double tokens;
    private long lastMillis;

    TokenBucket(int ratePerSecond, int burst, long nowMillis) {
        this.perMilli = ratePerSecond / 1000.0;
        this.burst = burst;
        this.tokens = burst;
        this.lastMillis = nowMillis;
    }

    /** Takes a token if there is one. */
    boolean tryAcquire(long nowMillis) {
        refill(nowMillis);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Whole seconds until the next token, at least 1: the {@code Retry-After} of a refusal. */
    long secondsUntilToken(long nowMillis) {
        refill(nowMillis);
        double missing = Math.max(0, 1 - tokens);
        return Math.max(1, (long) Math.ceil(missing / perMilli / 1000.0));
    }

    /** True when the bucket is full again at {@code nowMillis}: forgetting it changes nothing. */
    boolean isFull(long nowMillis) {
        refill(nowMillis);
        return tokens >= burst;
    }

    private void refill(long nowMillis) {
        long elapsed = nowMillis - lastMillis;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed * perMilli);
        }
        // A wall clock stepped back counts as no time passed, rather than as a refill stopped
        // until the clock catches up.
        lastMillis = nowMillis;
    }
}
