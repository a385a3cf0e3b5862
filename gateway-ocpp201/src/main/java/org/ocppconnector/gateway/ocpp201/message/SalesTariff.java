package org.ocppconnector.gateway.ocpp201.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 SalesTariffType: an ISO 15118 sales tariff, passed to the EV with a charging schedule.
 *
 * @param customData vendor-specific data; optional
 * @param id the id of the tariff
 * @param salesTariffDescription a description of the tariff; at most 32 characters, optional
 * @param numEPriceLevels the number of price levels in the tariff; optional
 * @param salesTariffEntry the entries of the tariff; 1 to 1024 items
 */
public record SalesTariff(
        @Nullable CustomData customData,
        int id,
        @Nullable String salesTariffDescription,
        @Nullable Integer numEPriceLevels,
        List<SalesTariffEntry> salesTariffEntry) {
    public SalesTariff {
        Checks.maxLengthOrNull("salesTariffDescription", salesTariffDescription, 32);
        salesTariffEntry = Checks.items("salesTariffEntry", salesTariffEntry, 1, 1024);
    }

    /** Without customData. */
    public SalesTariff(
            int id,
            @Nullable String salesTariffDescription,
            @Nullable Integer numEPriceLevels,
            List<SalesTariffEntry> salesTariffEntry) {
        this(null, id, salesTariffDescription, numEPriceLevels, salesTariffEntry);
    }
}
