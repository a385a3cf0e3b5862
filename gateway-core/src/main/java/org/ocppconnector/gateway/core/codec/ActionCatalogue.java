package org.ocppconnector.gateway.core.codec;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.Direction;
import org.ocppconnector.gateway.core.spi.ResponsePolicy;

/**
 * Lookups over a version's explicit action enum: the action of a wire name, the wire names sent in
 * each direction (in catalogue order), and decoding of a CALL or CALLRESULT payload with the
 * action's codec. Version modules keep their enum and say how an unknown action is refused, since
 * the wording and the spec it cites are theirs. Immutable and thread-safe.
 *
 * @param <A> the version's action enum
 */
public final class ActionCatalogue<A extends Enum<A>> {

    private final Map<String, A> byWireName;
    private final Map<Direction, Set<String>> byDirection;
    private final Function<? super A, ? extends ActionSpec<?, ?>> spec;
    private final Function<String, Decoded.Invalid> unknown;
    private final String version;

    /**
     * A catalogue of {@code actions}.
     *
     * @param actions every action of the version, usually {@code values()}; wire names must be unique
     * @param spec the spec of an action
     * @param unknown the refusal of a wire name the version does not define
     * @param version the OCPP version, e.g. {@code "1.6"}, for error messages
     */
    public ActionCatalogue(A[] actions, Function<? super A, ? extends ActionSpec<?, ?>> spec,
            Function<String, Decoded.Invalid> unknown, String version) {
        List<A> all = List.of(requireNonNull(actions, "actions"));
        this.spec = requireNonNull(spec, "spec");
        this.unknown = requireNonNull(unknown, "unknown");
        this.version = requireNonNull(version, "version");
        Map<String, A> names = HashMap.newHashMap(all.size());
        for (A action : all) {
            A previous = names.put(spec.apply(action).wireName(), action);
            if (previous != null) {
                throw new IllegalArgumentException("actions: " + previous + " and " + action
                        + " (expected: unique wire names)");
            }
        }
        this.byWireName = Collections.unmodifiableMap(names);
        Map<Direction, Set<String>> directions = new EnumMap<>(Direction.class);
        for (Direction direction : Direction.values()) {
            Set<String> sent = new LinkedHashSet<>();
            for (A action : all) {
                ActionSpec<?, ?> actionSpec = spec.apply(action);
                if (actionSpec.isSentIn(direction)) {
                    sent.add(actionSpec.wireName());
                }
            }
            directions.put(direction, Collections.unmodifiableSet(sent));
        }
        this.byDirection = Collections.unmodifiableMap(directions);
    }

    /** The action named {@code wireName} (case-sensitive), or null. */
    public @Nullable A action(String wireName) {
        return byWireName.get(requireNonNull(wireName, "wireName"));
    }

    /** The wire names of the actions sent in {@code direction}, in catalogue order; unmodifiable. */
    public Set<String> actions(Direction direction) {
        return requireNonNull(byDirection.get(requireNonNull(direction, "direction")), "byDirection");
    }

    /**
     * The action named {@code action}, which stations call.
     *
     * @throws IllegalArgumentException if stations do not call it in this version
     */
    public A stationAction(String action) {
        A known = action(requireNonNull(action, "action"));
        if (known == null || !spec.apply(known).isSentIn(Direction.STATION_TO_CSMS)) {
            throw new IllegalArgumentException("action: " + action
                    + " (expected: an OCPP " + version + " station-to-CSMS action)");
        }
        return known;
    }

    /**
     * The default policy when a station calls {@code action}.
     *
     * @throws IllegalArgumentException if stations do not call it in this version
     */
    public ResponsePolicy defaultPolicy(String action) {
        ResponsePolicy policy = spec.apply(stationAction(action)).defaultPolicy();
        return requireNonNull(policy, "policy");
    }

    /** Decodes a CALL payload of {@code action}; never throws on bad input or an unknown action. */
    public Decoded decodeRequest(String action, JsonNode payload) {
        A known = action(requireNonNull(action, "action"));
        return known == null
                ? unknown.apply(action)
                : ObjectCodec.decode(spec.apply(known).request(), requireNonNull(payload, "payload"));
    }

    /** Decodes a CALLRESULT payload of {@code action}; never throws on bad input or an unknown action. */
    public Decoded decodeResponse(String action, JsonNode payload) {
        A known = action(requireNonNull(action, "action"));
        return known == null
                ? unknown.apply(action)
                : ObjectCodec.decode(spec.apply(known).response(), requireNonNull(payload, "payload"));
    }

    @Override
    public String toString() {
        return "ActionCatalogue[OCPP " + version + ", " + byWireName.size() + " actions]";
    }
}
