package org.ocppconnector.gateway.core;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * At most one log line per interval for one kind of event, saying how many were not logged in
 * between: a flood of refused connections must not become a flood of log lines. Thread-safe.
 */
final class ThrottledLog {

    private final Logger logger;
    private final long intervalNanos;
    private final AtomicLong nextNanos = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong suppressed = new AtomicLong();

    ThrottledLog(Logger logger, long interval, TimeUnit unit) {
        this.logger = logger;
        this.intervalNanos = unit.toNanos(interval);
    }

    /** Logs at INFO if the interval since the last line has passed, else counts the event. */
    void info(String format, Object... args) {
        log(false, format, args);
    }

    /** Logs at WARN if the interval since the last line has passed, else counts the event. */
    void warn(String format, Object... args) {
        log(true, format, args);
    }

    private void log(boolean warn, String format, Object[] args) {
        long now = System.nanoTime();
        long next = nextNanos.get();
        if ((next != Long.MIN_VALUE && now - next < 0) || !nextNanos.compareAndSet(next, now + intervalNanos)) {
            suppressed.incrementAndGet();
            return;
        }
        long skipped = suppressed.getAndSet(0);
        String line = skipped == 0 ? format : format + " (" + skipped + " more like this not logged)";
        if (warn) {
            logger.warn(line, args);
        } else {
            logger.info(line, args);
        }
    }
}
