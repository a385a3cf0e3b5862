package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 TransactionType: the state of a transaction, in a TransactionEvent.
 *
 * @param customData vendor-specific data; optional
 * @param transactionId the id of the transaction, chosen by the station; at most 36 characters
 * @param chargingState the charging state of a transaction; optional
 * @param timeSpentCharging the seconds spent charging so far; optional
 * @param stoppedReason why a transaction stopped; optional
 * @param remoteStartId the id the CSMS gave the request that started the transaction; optional
 */
public record Transaction(
        @Nullable CustomData customData,
        String transactionId,
        @Nullable ChargingStateEnumType chargingState,
        @Nullable Integer timeSpentCharging,
        @Nullable ReasonEnumType stoppedReason,
        @Nullable Integer remoteStartId) {
    public Transaction {
        Checks.maxLength("transactionId", transactionId, 36);
    }

    /** Without customData. */
    public Transaction(
            String transactionId,
            @Nullable ChargingStateEnumType chargingState,
            @Nullable Integer timeSpentCharging,
            @Nullable ReasonEnumType stoppedReason,
            @Nullable Integer remoteStartId) {
        this(null, transactionId, chargingState, timeSpentCharging, stoppedReason, remoteStartId);
    }
}
