package org.ocppconnector.gateway.loadtest;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What a run measured, written from every event loop at once: latency histograms in
 * microseconds (up to one hour, three significant digits) and counters.
 */
final class Stats {

    private static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    /** TCP connect started to WebSocket upgrade answered. */
    final ConcurrentHistogram connect = histogram();
    /** BootNotification sent to answered. */
    final ConcurrentHistogram boot = histogram();
    /** A mix CALL due to answered: the latency the open-loop schedule offers. */
    final ConcurrentHistogram call = histogram();
    /** A mix CALL sent to answered (service time, without the wait for its turn). */
    final ConcurrentHistogram callService = histogram();
    /** A downlink command due to its CALL on the station's socket. */
    final ConcurrentHistogram command = histogram();

    final LongAdder connectAttempts = new LongAdder();
    final LongAdder connected = new LongAdder();
    final LongAdder booted = new LongAdder();
    final LongAdder callsSent = new LongAdder();
    final LongAdder callsAnswered = new LongAdder();
    /** Measured calls answered before the end of the run: the achieved throughput. */
    final LongAdder callsAnsweredInWindow = new LongAdder();
    final LongAdder callResults = new LongAdder();
    /** Calls that were due within the run but had not gone out a call timeout after its end. */
    final LongAdder callsUnsent = new LongAdder();
    final LongAdder commandsPut = new LongAdder();
    final LongAdder commandsReceived = new LongAdder();

    private final Map<ErrorKind, LongAdder> errors = new EnumMap<>(ErrorKind.class);
    private final ConcurrentHashMap<String, LongAdder> errorDetails = new ConcurrentHashMap<>();

    Stats() {
        for (ErrorKind kind : ErrorKind.values()) {
            errors.put(kind, new LongAdder());
        }
    }

    private static ConcurrentHistogram histogram() {
        return new ConcurrentHistogram(HIGHEST_MICROS, 3);
    }

    /** Records {@code nanos} in {@code histogram}, clamped to its range. */
    static void record(Histogram histogram, long nanos) {
        long micros = Math.max(0, nanos / 1_000);
        histogram.recordValue(Math.min(micros, HIGHEST_MICROS));
    }

    /** Counts one error of {@code kind}; {@code detail} (a status, a code) groups it in the report. */
    void error(ErrorKind kind, String detail) {
        errors.get(kind).increment();
        errorDetails.computeIfAbsent(kind.jsonName() + ":" + detail, k -> new LongAdder()).increment();
    }

    long errors(ErrorKind kind) {
        return errors.get(kind).sum();
    }

    long totalErrors() {
        long total = 0;
        for (LongAdder adder : errors.values()) {
            total += adder.sum();
        }
        return total;
    }

    /** Error counts by {@code kind:detail}, sorted. */
    Map<String, Long> errorDetails() {
        Map<String, Long> copy = new TreeMap<>();
        errorDetails.forEach((key, adder) -> copy.put(key, adder.sum()));
        return copy;
    }
}
