package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * TransactionEventRequest (OCPP 2.0.1, functional block E Transactions): the station reports the start, an update
 * or the end of a transaction, with meter values.
 *
 * <p>A transaction is reported as one Started event, any number of Updated events and one Ended event, numbered by
 * seqNo; meter values go in meterValue.
 *
 * @param customData vendor-specific data; optional
 * @param eventType whether a TransactionEvent starts, updates or ends a transaction
 * @param meterValue the meter values; at least 1 item, optional
 * @param timestamp when it happened
 * @param triggerReason what caused a TransactionEvent
 * @param seqNo the sequence number of this event within the transaction, counted from 0
 * @param offline whether the event happened while the station was offline; optional, default {@code false}
 * @param numberOfPhasesUsed the number of phases used for charging; optional
 * @param cableMaxCurrent the maximum current of the connected cable in A; optional
 * @param reservationId the id of the reservation; optional
 * @param transactionInfo the state of the transaction
 * @param evse the EVSE and connector of the transaction, sent once, in the first event after the EV connected;
 *     optional
 * @param idToken the idToken that authorized or deauthorized the transaction, in the event where that happened;
 *     optional
 */
public record TransactionEventRequest(
        @Nullable CustomData customData,
        TransactionEventEnumType eventType,
        @Nullable List<MeterValue> meterValue,
        DateTime timestamp,
        TriggerReasonEnumType triggerReason,
        int seqNo,
        @Nullable Boolean offline,
        @Nullable Integer numberOfPhasesUsed,
        @Nullable Integer cableMaxCurrent,
        @Nullable Integer reservationId,
        Transaction transactionInfo,
        @Nullable EVSE evse,
        @Nullable IdToken idToken)
        implements Ocpp201Request {
    public TransactionEventRequest {
        requireNonNull(eventType, "eventType");
        meterValue = Checks.minItemsOrNull("meterValue", meterValue, 1);
        requireNonNull(timestamp, "timestamp");
        requireNonNull(triggerReason, "triggerReason");
        requireNonNull(transactionInfo, "transactionInfo");
    }

    /** Without customData. */
    public TransactionEventRequest(
            TransactionEventEnumType eventType,
            @Nullable List<MeterValue> meterValue,
            DateTime timestamp,
            TriggerReasonEnumType triggerReason,
            int seqNo,
            @Nullable Boolean offline,
            @Nullable Integer numberOfPhasesUsed,
            @Nullable Integer cableMaxCurrent,
            @Nullable Integer reservationId,
            Transaction transactionInfo,
            @Nullable EVSE evse,
            @Nullable IdToken idToken) {
        this(null, eventType, meterValue, timestamp, triggerReason, seqNo, offline, numberOfPhasesUsed,
                cableMaxCurrent, reservationId, transactionInfo, evse, idToken);
    }

    /** The offline, or {@code false} if absent. */
    public boolean offlineOrDefault() {
        return offline != null && offline;
    }

    @Override
    public String action() {
        return "TransactionEvent";
    }
}
