package org.ocppconnector.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes downlink events to the session that holds the station's socket. Every instance reads
 * every downlink record, so an event for a station that is not connected here is ignored, except
 * that a command with an {@code expiresAt} is held (bounded) in case the station connects here
 * in time. Command ids are remembered for a window so a command written twice is delivered once.
 *
 * <p>Thread-safe: called from downlink reader threads and from event loops.
 */
final class CommandRouter {

    private static final Logger logger = LoggerFactory.getLogger(CommandRouter.class);
    static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(30);
    static final int MAX_COMMAND_TIMEOUT_SECONDS = 3600;

    private final GatewayConfig config;
    private final SessionRegistry registry;
    private final Clock clock;

    private final Object lock = new Object();
    /** Command id → when it was first seen; insertion-ordered, so the eldest is evicted first. */
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();
    /** Station id → commands held for it, in arrival order. */
    private final Map<String, ArrayDeque<Held>> held = new HashMap<>();
    private int heldCount;

    CommandRouter(GatewayConfig config, SessionRegistry registry, Clock clock) {
        this.config = config;
        this.registry = registry;
        this.clock = clock;
    }

    /** Entry point for every downlink event. */
    void accept(CloudEvent event) {
        switch (event.type()) {
            case EventTypes.COMMAND -> onCommand(event);
            case EventTypes.REPLY -> onReply(event);
            default -> logger.debug("ignoring downlink event {} of type {}", event.id(), event.type());
        }
    }

    private void onReply(CloudEvent event) {
        StationSession session = registry.get(event.subject());
        if (session != null) {
            session.execute(() -> session.onReply(event));
        }
    }

    private void onCommand(CloudEvent event) {
        StationSession session = registry.get(event.subject());
        Command command;
        try {
            command = parse(event);
        } catch (IllegalArgumentException e) {
            if (session != null && firstSighting(event.id())) {
                String action = event.data().path("action").asText("");
                logger.info("command {} for {} is malformed: {}", event.id(), event.subject(), e.getMessage());
                session.execute(() -> session.rejectMalformedCommand(event.id(), action, e.getMessage()));
            }
            return;
        }
        if (session == null && !isHoldable(command, clock.instant())) {
            // Not ours: another instance holds the socket, or nobody does. Not remembered as seen,
            // so the backend may send the same id again once the station is here.
            return;
        }
        if (!firstSighting(event.id())) {
            logger.info("command {} for {} seen before; not delivered again", event.id(), event.subject());
            return;
        }
        if (session != null) {
            session.execute(() -> session.enqueue(command));
        } else {
            hold(command);
        }
    }

    private boolean isHoldable(Command command, Instant now) {
        return command.expiresAt() != null && !command.isExpired(now) && !config.maxCommandHold().isZero();
    }

    private static Command parse(CloudEvent event) {
        ChargingStationId stationId = new ChargingStationId(event.subject());
        JsonNode data = event.data();
        JsonNode action = data.get("action");
        if (action == null || !action.isTextual() || action.asText().isEmpty()) {
            throw new IllegalArgumentException("data.action: missing or not a non-empty string");
        }
        JsonNode payload = data.get("payload");
        if (payload == null || !payload.isObject()) {
            throw new IllegalArgumentException("data.payload: missing or not an object");
        }
        Duration timeout = DEFAULT_COMMAND_TIMEOUT;
        JsonNode timeoutNode = data.get("timeoutSeconds");
        if (timeoutNode != null && !timeoutNode.isNull()) {
            if (!timeoutNode.canConvertToInt() || !timeoutNode.isIntegralNumber()
                    || timeoutNode.asInt() < 1 || timeoutNode.asInt() > MAX_COMMAND_TIMEOUT_SECONDS) {
                throw new IllegalArgumentException("data.timeoutSeconds: " + timeoutNode
                        + " (expected: an integer 1.." + MAX_COMMAND_TIMEOUT_SECONDS + ")");
            }
            timeout = Duration.ofSeconds(timeoutNode.asInt());
        }
        Instant expiresAt = null;
        JsonNode expiresNode = data.get("expiresAt");
        if (expiresNode != null && !expiresNode.isNull()) {
            try {
                expiresAt = Instant.parse(expiresNode.asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("data.expiresAt: " + expiresNode + " (expected: RFC 3339 time)");
            }
        }
        return new Command(event.id(), stationId, action.asText(), payload, timeout, expiresAt);
    }

    private boolean firstSighting(String commandId) {
        Instant now = clock.instant();
        synchronized (lock) {
            Instant horizon = now.minus(config.commandDedupWindow());
            Iterator<Instant> eldest = seen.values().iterator();
            while (eldest.hasNext()) {
                Instant first = eldest.next();
                if (first.isBefore(horizon) || seen.size() > config.maxDedupIds()) {
                    eldest.remove();
                } else {
                    break;
                }
            }
            return seen.putIfAbsent(commandId, now) == null;
        }
    }

    /**
     * Holds a command for an absent station until its expiry, bounded by {@code maxCommandHold}.
     * Returns false if it cannot be held (no or past expiry, or the hold store is full).
     */
    private boolean hold(Command command) {
        Instant now = clock.instant();
        if (!isHoldable(command, now)) {
            return false;
        }
        Instant until = command.expiresAt();
        Instant cap = now.plus(config.maxCommandHold());
        if (until.isAfter(cap)) {
            until = cap;
        }
        synchronized (lock) {
            purgeExpired(now);
            if (heldCount >= config.maxHeldCommands()) {
                logger.warn("holding no more commands ({} held); command {} for {} ignored", heldCount,
                        command.commandId(), command.stationId());
                return false;
            }
            held.computeIfAbsent(command.stationId().value(), k -> new ArrayDeque<>()).addLast(new Held(command, until));
            heldCount++;
            // The station may have registered between our registry lookup and this lock:
            // onRegistered ran before us then, so deliver what we just held ourselves.
            StationSession session = registry.get(command.stationId().value());
            if (session != null) {
                deliverTo(session, takeLocked(command.stationId().value(), now));
            }
            return true;
        }
    }

    /**
     * Takes back an unsent command of a closed session: hands it to the station's new session
     * here, or holds it until its expiry. Returns false if neither is possible, and the caller
     * reports the command as not delivered.
     */
    boolean requeue(Command command) {
        StationSession session = registry.get(command.stationId().value());
        if (session != null && session.channel().isActive()) {
            session.execute(() -> session.enqueue(command));
            return true;
        }
        return hold(command);
    }

    /** A station registered here: hand it what is held for it. */
    void onRegistered(StationSession session) {
        Instant now = clock.instant();
        synchronized (lock) {
            deliverTo(session, takeLocked(session.stationId().value(), now));
        }
    }

    private static void deliverTo(StationSession session, List<Command> commands) {
        if (!commands.isEmpty()) {
            session.execute(() -> commands.forEach(session::enqueue));
        }
    }

    private List<Command> takeLocked(String stationId, Instant now) {
        ArrayDeque<Held> queue = held.remove(stationId);
        if (queue == null) {
            return List.of();
        }
        heldCount -= queue.size();
        List<Command> result = new ArrayList<>(queue.size());
        for (Held h : queue) {
            if (now.isBefore(h.until)) {
                result.add(h.command);
            }
        }
        return result;
    }

    /** Drops held commands whose time is up; they are ignored, as for any absent station. */
    void purgeExpired(Instant now) {
        synchronized (lock) {
            Iterator<ArrayDeque<Held>> queues = held.values().iterator();
            while (queues.hasNext()) {
                ArrayDeque<Held> queue = queues.next();
                int before = queue.size();
                queue.removeIf(h -> !now.isBefore(h.until));
                heldCount -= before - queue.size();
                if (queue.isEmpty()) {
                    queues.remove();
                }
            }
        }
    }

    int heldCount() {
        synchronized (lock) {
            return heldCount;
        }
    }

    private record Held(Command command, Instant until) {}
}
