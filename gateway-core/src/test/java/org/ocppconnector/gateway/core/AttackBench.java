package org.ocppconnector.gateway.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the abuse ITs measure on the well-behaved side: CALL round trips of real WebSocket
 * stations while an attack runs, and heap in use after a GC.
 */
final class AttackBench {

    private static final Duration ANSWER_WAIT = Duration.ofSeconds(10);

    private AttackBench() {}

    /**
     * Each station sends {@code calls} Heartbeats one after the other (one CALL in flight, as
     * OCPP-J wants), all stations at once. Every CALL must be answered with its CALLRESULT.
     *
     * @return the round trips in nanoseconds, sorted
     */
    static long[] roundTrips(List<JdkStation> stations, int calls, String tag) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(stations.size());
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int s = 0; s < stations.size(); s++) {
                JdkStation station = stations.get(s);
                String prefix = tag + "-" + s + "-";
                results.add(pool.submit(() -> {
                    long[] times = new long[calls];
                    for (int i = 0; i < calls; i++) {
                        String id = prefix + i;
                        long start = System.nanoTime();
                        station.send("[2,\"" + id + "\",\"Heartbeat\",{}]");
                        String answer = station.receive(ANSWER_WAIT);
                        times[i] = System.nanoTime() - start;
                        assertTrue(answer.startsWith("[3,\"" + id + "\""), "answered " + id + ": " + answer);
                    }
                    return times;
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> result : results) {
                long[] times = result.get();
                long[] joined = Arrays.copyOf(all, all.length + times.length);
                System.arraycopy(times, 0, joined, all.length, times.length);
                all = joined;
            }
            Arrays.sort(all);
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    static long p99(long[] sorted) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * 0.99) - 1)];
    }

    /** Heap in use after a full collection, in bytes. */
    static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The latency bound of the ITs: ten times the quiet p99, but never under 250 ms. */
    static long latencyBoundNanos(long baselineP99) {
        return Math.max(10 * baselineP99, Duration.ofMillis(250).toNanos());
    }

    /** p50, p90, p99 and max of sorted round trips, for failure messages. */
    static String summary(long[] sorted) {
        return "p50 " + millis(sorted[sorted.length / 2]) + ", p90 " + millis(sorted[(int) (sorted.length * 0.9)])
                + ", p99 " + millis(p99(sorted)) + ", max " + millis(sorted[sorted.length - 1]);
    }

    static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
