package org.ocppconnector.gateway.ocpp201.message;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * TransactionEventResponse (OCPP 2.0.1, functional block E Transactions): the authorization of the idToken if one
 * was sent, the running cost, and a personal message.
 *
 * @param customData vendor-specific data; optional
 * @param totalCost the total cost so far, including taxes, in the currency of the tariff; optional
 * @param chargingPriority the priority of charging, from -9 (lowest) to 9 (highest); optional
 * @param idTokenInfo the authorization of the idToken; required when the request had one; optional
 * @param updatedPersonalMessage a message to show the user; optional
 */
public record TransactionEventResponse(
        @Nullable CustomData customData,
        @Nullable BigDecimal totalCost,
        @Nullable Integer chargingPriority,
        @Nullable IdTokenInfo idTokenInfo,
        @Nullable MessageContent updatedPersonalMessage)
        implements Ocpp201Response {
    /** Without customData. */
    public TransactionEventResponse(
            @Nullable BigDecimal totalCost,
            @Nullable Integer chargingPriority,
            @Nullable IdTokenInfo idTokenInfo,
            @Nullable MessageContent updatedPersonalMessage) {
        this(null, totalCost, chargingPriority, idTokenInfo, updatedPersonalMessage);
    }

    @Override
    public String action() {
        return "TransactionEvent";
    }
}
