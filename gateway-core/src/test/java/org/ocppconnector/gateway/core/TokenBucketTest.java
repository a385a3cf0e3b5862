package org.ocppconnector.gateway.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    @Test
    void burstThenRate() {
        TokenBucket bucket = new TokenBucket(2, 3, 1_000);
        assertTrue(bucket.tryAcquire(1_000));
        assertTrue(bucket.tryAcquire(1_000));
        assertTrue(bucket.tryAcquire(1_000));
        assertFalse(bucket.tryAcquire(1_000), "burst spent");
        assertEquals(1, bucket.secondsUntilToken(1_000), "half a second, rounded up to whole seconds");
        assertFalse(bucket.tryAcquire(1_499));
        assertTrue(bucket.tryAcquire(1_500), "one token per 1/rate seconds");
        assertFalse(bucket.isFull(1_500));
        assertTrue(bucket.isFull(3_000), "full again after burst/rate seconds");
    }

    @Test
    void neverMoreThanTheBurst() {
        TokenBucket bucket = new TokenBucket(10, 2, 0);
        long later = 3_600_000;
        assertTrue(bucket.tryAcquire(later));
        assertTrue(bucket.tryAcquire(later));
        assertFalse(bucket.tryAcquire(later));
    }

    @Test
    void clockSteppedBackIsNoTimePassed() {
        TokenBucket bucket = new TokenBucket(1, 1, 100_000);
        assertTrue(bucket.tryAcquire(100_000));
        assertFalse(bucket.tryAcquire(40_000), "no refill from a backward step");
        assertTrue(bucket.tryAcquire(41_000), "refills from the new time on, not from 100 s");
        assertEquals(1, bucket.secondsUntilToken(41_000));
    }
}
