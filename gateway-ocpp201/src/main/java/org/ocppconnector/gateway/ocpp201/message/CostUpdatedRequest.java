package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * CostUpdatedRequest (OCPP 2.0.1, functional block I Tariff And Cost): the CSMS sends the running total cost of a
 * transaction.
 *
 * @param customData vendor-specific data; optional
 * @param totalCost the total cost so far, including taxes, in the currency of the tariff
 * @param transactionId the id of the transaction, chosen by the station; at most 36 characters
 */
public record CostUpdatedRequest(
        @Nullable CustomData customData,
        BigDecimal totalCost,
        String transactionId)
        implements Ocpp201Request {
    public CostUpdatedRequest {
        requireNonNull(totalCost, "totalCost");
        Checks.maxLength("transactionId", transactionId, 36);
    }

    /** Without customData. */
    public CostUpdatedRequest(BigDecimal totalCost, String transactionId) {
        this(null, totalCost, transactionId);
    }

    @Override
    public String action() {
        return "CostUpdated";
    }
}
