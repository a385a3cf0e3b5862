package org.ocppconnector.gateway.loadtest;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Which CALLs the stations send, by relative weight, e.g. {@code Heartbeat=2,MeterValues=5}.
 *
 * @param weights weight per action; actions not listed are never sent
 */
record MessageMix(Map<StationAction, Integer> weights) {

    /** The default: mostly meter values and transaction messages, as a fleet that is charging. */
    static final MessageMix DEFAULT = parse("Heartbeat=2,StatusNotification=2,MeterValues=4,TransactionEvent=2");

    MessageMix {
        requireNonNull(weights, "weights");
        weights = Map.copyOf(new EnumMap<>(weights));
        int total = 0;
        for (Map.Entry<StationAction, Integer> entry : weights.entrySet()) {
            if (entry.getValue() < 0) {
                throw new IllegalArgumentException("--mix weight of " + entry.getKey().mixName() + ": "
                        + entry.getValue() + " (expected: >= 0)");
            }
            total += entry.getValue();
        }
        if (total <= 0) {
            throw new IllegalArgumentException("--mix: " + weights + " (expected: at least one weight > 0)");
        }
    }

    /** Parses {@code Name=weight,...}; names are {@link StationAction#mixName()}, case-insensitive. */
    static MessageMix parse(String text) {
        Map<StationAction, Integer> weights = new EnumMap<>(StationAction.class);
        for (String part : text.split(",")) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("--mix: '" + item + "' (expected: Action=weight)");
            }
            StationAction action = StationAction.byMixName(item.substring(0, eq).strip());
            int weight;
            try {
                weight = Integer.parseInt(item.substring(eq + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--mix weight of " + action.mixName() + ": '"
                        + item.substring(eq + 1) + "' (expected: an integer >= 0)");
            }
            if (weights.put(action, weight) != null) {
                throw new IllegalArgumentException("--mix: " + action.mixName() + " given twice");
            }
        }
        return new MessageMix(weights);
    }

    /** Draws the next action. */
    StationAction pick(SplittableRandom random) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int draw = random.nextInt(total);
        for (StationAction action : StationAction.values()) {
            int weight = weights.getOrDefault(action, 0);
            if (draw < weight) {
                return action;
            }
            draw -= weight;
        }
        throw new AssertionError("weights sum to " + total);
    }

    @Override
    public String toString() {
        return weights.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().mixName() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }
}
