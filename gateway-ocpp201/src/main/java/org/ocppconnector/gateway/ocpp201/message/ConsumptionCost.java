package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 ConsumptionCostType: the costs that apply above a consumption start value, in a sales tariff entry.
 *
 * @param customData vendor-specific data; optional
 * @param startValue the consumption above which the costs apply
 * @param cost the costs; 1 to 3 items
 */
public record ConsumptionCost(@Nullable CustomData customData, BigDecimal startValue, List<Cost> cost) {
    public ConsumptionCost {
        requireNonNull(startValue, "startValue");
        cost = Checks.items("cost", cost, 1, 3);
    }

    /** Without customData. */
    public ConsumptionCost(BigDecimal startValue, List<Cost> cost) {
        this(null, startValue, cost);
    }
}
