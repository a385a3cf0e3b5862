package org.ocppconnector.gateway.core;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The one owner of the station id in the logging MDC (key {@code stationId}), so every log line
 * about a station carries its id as a field, in JSON logs too. Whatever runs for a station (a
 * channel callback, a timer, a task handed to its loop, a publish completion) runs inside
 * {@link #open} (restored in a {@code finally}) or {@link #wrap}; the previous value comes back afterwards, so a task never
 * leaves its id behind on a shared thread.
 */
final class StationMdc {

    /** The MDC key, a field of every per-connection log line. */
    static final String KEY = "stationId";

    private StationMdc() {}

    /** Puts the station id into the MDC until the returned scope is restored. */
    static Scope open(ChargingStationId stationId) {
        String previous = MDC.get(KEY);
        MDC.put(KEY, stationId.value());
        return new Scope(previous);
    }

    /**
     * A scope that restores the current MDC value, for code that learns the station
     * id only part-way (the upgrade request) and then {@link #put}s it.
     */
    static Scope preserve() {
        return new Scope(MDC.get(KEY));
    }

    /** Puts the station id into the MDC; only inside a {@link #preserve} scope. */
    static void put(ChargingStationId stationId) {
        MDC.put(KEY, stationId.value());
    }

    /** The task, run with the station id in the MDC. */
    static Runnable wrap(ChargingStationId stationId, Runnable task) {
        return () -> {
            Scope scope = open(stationId);
            try {
                task.run();
            } finally {
                scope.restore();
            }
        };
    }

    /** Remembers the MDC value from before {@link #open}; restore it in a {@code finally}. */
    static final class Scope {
        private final @Nullable String previous;

        private Scope(@Nullable String previous) {
            this.previous = previous;
        }

        void restore() {
            if (previous == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, previous);
            }
        }
    }
}
