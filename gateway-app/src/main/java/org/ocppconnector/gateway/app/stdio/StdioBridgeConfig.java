package org.ocppconnector.gateway.app.stdio;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The settings of a {@link StdioBridge}; immutable, every value checked at construction.
 *
 * @param bufferCapacity events the uplink holds (queued or being written) before it refuses more;
 *     default 10,000 (at least 1)
 * @param highWaterMark fill ratio at or above which the uplink asks the gateway to stop reading from
 *     stations; default 0.8
 * @param lowWaterMark fill ratio at or below which it lets the gateway read again; default 0.5
 *     ({@code 0 <= low < high <= 1})
 * @param maxLineBytes the longest stdin line read as an event; longer lines are skipped; default
 *     1 MiB, the size of a Kinesis record (at least 1 KiB)
 * @param shutdownTimeout how long {@link StdioBridge#close()} waits for buffered events to be
 *     written; default 10 s
 */
public record StdioBridgeConfig(
        int bufferCapacity,
        double highWaterMark,
        double lowWaterMark,
        int maxLineBytes,
        Duration shutdownTimeout) {

    /** The default of {@link #bufferCapacity()}. */
    public static final int DEFAULT_BUFFER_CAPACITY = 10_000;

    public StdioBridgeConfig {
        if (bufferCapacity < 1) {
            throw new IllegalArgumentException("bufferCapacity: " + bufferCapacity + " (expected: >= 1)");
        }
        if (!(lowWaterMark >= 0 && lowWaterMark < highWaterMark && highWaterMark <= 1)) {
            throw new IllegalArgumentException("lowWaterMark: " + lowWaterMark + ", highWaterMark: " + highWaterMark
                    + " (expected: 0 <= lowWaterMark < highWaterMark <= 1)");
        }
        if (maxLineBytes < 1024) {
            throw new IllegalArgumentException("maxLineBytes: " + maxLineBytes + " (expected: >= 1024)");
        }
        requireNonNull(shutdownTimeout, "shutdownTimeout");
        if (shutdownTimeout.isNegative()) {
            throw new IllegalArgumentException("shutdownTimeout: " + shutdownTimeout + " (expected: >= 0)");
        }
    }

    /** The defaults, with the given {@link #bufferCapacity()}. */
    public static StdioBridgeConfig withBufferCapacity(int bufferCapacity) {
        return new StdioBridgeConfig(bufferCapacity, 0.8, 0.5, 1024 * 1024, Duration.ofSeconds(10));
    }

    /** The defaults. */
    public static StdioBridgeConfig defaults() {
        return withBufferCapacity(DEFAULT_BUFFER_CAPACITY);
    }

    /** The buffered event count at or above which the uplink pauses the gateway's reads. */
    int highWaterEvents() {
        return Math.max(1, (int) Math.ceil(bufferCapacity * highWaterMark));
    }

    /** The buffered event count at or below which the uplink resumes them; always below {@link #highWaterEvents()}. */
    int lowWaterEvents() {
        return Math.min(highWaterEvents() - 1, (int) Math.floor(bufferCapacity * lowWaterMark));
    }
}
