package org.ocppconnector.gateway.core;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Random version-4 UUIDs for event and message ids. */
final class Ids {

    private Ids() {}

    // Ids must be unique, not secret: ThreadLocalRandom avoids SecureRandom's shared lock on
    // the event loops.
    static String randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(msb, lsb).toString();
    }
}
