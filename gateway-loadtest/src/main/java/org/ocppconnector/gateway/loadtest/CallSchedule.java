package org.ocppconnector.gateway.loadtest;

/**
 * One station's open-loop schedule: its k-th CALL is due at {@code start + phase + k * interval},
 * whatever happened to the calls before it. A call that goes out late (the previous one was still
 * unanswered, or the event loop was busy) is measured from when it was due, not from when it was
 * sent, so a slow gateway shows up in the latency instead of silently lowering the rate the tool
 * offers (coordinated omission).
 *
 * <p>The stations' phases are spread evenly over one interval, so together they offer a smooth
 * total rate instead of bursts at every interval boundary.
 *
 * @param firstDueNanos when call 0 is due ({@link System#nanoTime()} scale)
 * @param intervalNanos time between two calls of this station, > 0
 * @param endNanos no call is due at or after this
 */
record CallSchedule(long firstDueNanos, long intervalNanos, long endNanos) {

    CallSchedule {
        if (intervalNanos <= 0) {
            throw new IllegalArgumentException("intervalNanos: " + intervalNanos + " (expected: > 0)");
        }
    }

    /**
     * The schedule of station {@code index} of {@code stations} when all of them together send
     * {@code totalRate} calls per second from {@code startNanos} for {@code durationNanos}.
     */
    static CallSchedule forStation(int index, int stations, double totalRate, long startNanos, long durationNanos) {
        if (stations <= 0 || index < 0 || index >= stations) {
            throw new IllegalArgumentException("index " + index + " of " + stations + " stations");
        }
        if (!(totalRate > 0)) {
            throw new IllegalArgumentException("totalRate: " + totalRate + " (expected: > 0)");
        }
        long interval = Math.max(1, Math.round(stations * 1e9 / totalRate));
        long phase = (long) ((double) index / stations * interval);
        return new CallSchedule(startNanos + phase, interval, startNanos + durationNanos);
    }

    /** When call {@code k} is due. */
    long dueAt(long k) {
        return firstDueNanos + k * intervalNanos;
    }

    /** Whether call {@code k} belongs to the run (is due before its end). */
    boolean includes(long k) {
        return k >= 0 && dueAt(k) < endNanos;
    }

    /** How many calls of the run are due at {@code nowNanos} (calls 0 .. n-1). */
    long dueBy(long nowNanos) {
        long last = Math.min(nowNanos, endNanos - 1);
        if (last < firstDueNanos) {
            return 0;
        }
        return (last - firstDueNanos) / intervalNanos + 1;
    }

    /** All calls of the run. */
    long total() {
        return dueBy(endNanos - 1);
    }
}
