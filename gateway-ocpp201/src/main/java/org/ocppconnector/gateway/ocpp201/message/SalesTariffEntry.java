package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 SalesTariffEntryType: one entry of a sales tariff, a time interval with a price level or costs.
 *
 * @param customData vendor-specific data; optional
 * @param relativeTimeInterval the time interval of this entry
 * @param ePriceLevel the price level of this entry, from 0 (cheapest); at least 0, optional
 * @param consumptionCost the costs of this entry; 1 to 3 items, optional
 */
public record SalesTariffEntry(
        @Nullable CustomData customData,
        RelativeTimeInterval relativeTimeInterval,
        @Nullable Integer ePriceLevel,
        @Nullable List<ConsumptionCost> consumptionCost) {
    public SalesTariffEntry {
        requireNonNull(relativeTimeInterval, "relativeTimeInterval");
        Checks.rangeOrNull("ePriceLevel", ePriceLevel, 0, Integer.MAX_VALUE);
        consumptionCost = Checks.itemsOrNull("consumptionCost", consumptionCost, 1, 3);
    }

    /** Without customData. */
    public SalesTariffEntry(
            RelativeTimeInterval relativeTimeInterval,
            @Nullable Integer ePriceLevel,
            @Nullable List<ConsumptionCost> consumptionCost) {
        this(null, relativeTimeInterval, ePriceLevel, consumptionCost);
    }
}
