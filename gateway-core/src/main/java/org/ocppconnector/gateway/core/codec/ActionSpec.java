package org.ocppconnector.gateway.core.codec;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.spi.Direction;
import org.ocppconnector.gateway.core.spi.OcppMessage;
import org.ocppconnector.gateway.core.spi.ResponsePolicy;

/**
 * One entry of a version's action catalogue: the action's name on the wire, the directions its CALL
 * is sent in, the default policy when a station calls it, and the codecs of its request and
 * response payloads. Each constant of a version module's action enum holds one. Immutable.
 *
 * @param wireName the name on the wire, e.g. {@code "BootNotification"} (case-sensitive)
 * @param directions the directions the CALL is sent in; not empty
 * @param defaultPolicy the default policy when the station calls this action; null if stations
 *     never call it, and only then
 * @param request the codec of the CALL payload
 * @param response the codec of the CALLRESULT payload (a "confirmation" in 1.6)
 * @param <Q> the version's request type
 * @param <R> the version's response type
 */
public record ActionSpec<Q extends OcppMessage, R extends OcppMessage>(
        String wireName,
        Set<Direction> directions,
        @Nullable ResponsePolicy defaultPolicy,
        ObjectCodec<? extends Q> request,
        ObjectCodec<? extends R> response) {

    /** Who sends an action's CALL. */
    public enum Sender {
        /** The charging station. */
        STATION(EnumSet.of(Direction.STATION_TO_CSMS)),
        /** The CSMS, which the gateway stands in for. */
        CSMS(EnumSet.of(Direction.CSMS_TO_STATION)),
        /** Either side, e.g. DataTransfer. */
        BOTH(EnumSet.allOf(Direction.class));

        private final Set<Direction> directions;

        Sender(Set<Direction> directions) {
            this.directions = Set.copyOf(directions);
        }

        /** The directions this sender's CALLs travel in. */
        public Set<Direction> directions() {
            return directions;
        }
    }

    /** Validates the fields and copies {@code directions}. */
    public ActionSpec {
        requireNonNull(wireName, "wireName");
        directions = Set.copyOf(requireNonNull(directions, "directions"));
        requireNonNull(request, "request");
        requireNonNull(response, "response");
        if (directions.isEmpty()) {
            throw new IllegalArgumentException("directions: " + directions + " (expected: not empty)");
        }
        // Only station calls are answered by the gateway, so only they need a default policy.
        if ((defaultPolicy != null) != directions.contains(Direction.STATION_TO_CSMS)) {
            throw new IllegalArgumentException("defaultPolicy: " + defaultPolicy + " (expected: "
                    + (defaultPolicy == null ? "non-null" : "null") + " for an action sent in " + directions + ")");
        }
    }

    /** An action sent by {@code sender}. */
    public ActionSpec(
            String wireName,
            Sender sender,
            @Nullable ResponsePolicy defaultPolicy,
            ObjectCodec<? extends Q> request,
            ObjectCodec<? extends R> response) {
        this(wireName, requireNonNull(sender, "sender").directions(), defaultPolicy, request, response);
    }

    /** Whether this action's CALL is sent in {@code direction}. */
    public boolean isSentIn(Direction direction) {
        return directions.contains(requireNonNull(direction, "direction"));
    }
}
