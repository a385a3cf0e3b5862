package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * OCPP 2.0.1 CostType: one cost in a consumption cost, of a kind, amounting to amount times ten to the
 * amountMultiplier.
 *
 * @param customData vendor-specific data; optional
 * @param costKind the kind of a cost in a sales tariff
 * @param amount the amount, times ten to the amountMultiplier
 * @param amountMultiplier the power of ten the amount is multiplied by; optional
 */
public record Cost(
        @Nullable CustomData customData,
        CostKindEnumType costKind,
        int amount,
        @Nullable Integer amountMultiplier) {
    public Cost {
        requireNonNull(costKind, "costKind");
    }

    /** Without customData. */
    public Cost(CostKindEnumType costKind, int amount, @Nullable Integer amountMultiplier) {
        this(null, costKind, amount, amountMultiplier);
    }
}
