package org.ocppconnector.gateway.core;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The stations connected to this instance, by id. Does no I/O: callers close what
 * {@link #register} displaced.
 */
final class SessionRegistry {

    private final ConcurrentHashMap<String, StationSession> sessions;

    SessionRegistry(int expectedStations) {
        this.sessions = new ConcurrentHashMap<>(expectedStations);
    }

    /** Adds a session; returns the one it replaced (same station id), which the caller closes. */
    @Nullable StationSession register(StationSession session) {
        return sessions.put(session.stationId().value(), session);
    }

    /** Removes a session only if it is still the registered one, so a replaced session cannot remove its successor. */
    boolean unregister(StationSession session) {
        return sessions.remove(session.stationId().value(), session);
    }

    @Nullable StationSession get(String stationId) {
        return sessions.get(stationId);
    }

    Collection<StationSession> all() {
        return sessions.values();
    }

    int size() {
        return sessions.size();
    }
}
