package org.ocppconnector.gateway.ocpp201;

import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CUSTOM_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.EVSE;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.ID_TOKEN;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.ID_TOKEN_INFO;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.MESSAGE_CONTENT;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.METER_VALUE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CHARGING_STATE_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.REASON_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.TRANSACTION_EVENT_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.TRIGGER_REASON_ENUM_TYPE;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp201.message.GetTransactionStatusRequest;
import org.ocppconnector.gateway.ocpp201.message.GetTransactionStatusResponse;
import org.ocppconnector.gateway.ocpp201.message.Transaction;
import org.ocppconnector.gateway.ocpp201.message.TransactionEventRequest;
import org.ocppconnector.gateway.ocpp201.message.TransactionEventResponse;

/** Functional block E (Transactions) of OCPP 2.0.1 part 2: GetTransactionStatus, TransactionEvent. */
final class TransactionCodecs {

    static final ObjectCodec<Transaction> TRANSACTION = ObjectCodec.of(Transaction.class,
            in -> new Transaction(
                    in.optObject("customData", CUSTOM_DATA),
                    in.string("transactionId"),
                    in.optEnum("chargingState", CHARGING_STATE_ENUM_TYPE),
                    in.optInteger("timeSpentCharging"),
                    in.optEnum("stoppedReason", REASON_ENUM_TYPE),
                    in.optInteger("remoteStartId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("transactionId", m.transactionId())
                    .put("chargingState", m.chargingState(), CHARGING_STATE_ENUM_TYPE)
                    .put("timeSpentCharging", m.timeSpentCharging())
                    .put("stoppedReason", m.stoppedReason(), REASON_ENUM_TYPE)
                    .put("remoteStartId", m.remoteStartId()));

    static final ObjectCodec<GetTransactionStatusResponse> GET_TRANSACTION_STATUS_RES = ObjectCodec.of(
            GetTransactionStatusResponse.class,
            in -> new GetTransactionStatusResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optBool("ongoingIndicator"),
                    in.bool("messagesInQueue")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("ongoingIndicator", m.ongoingIndicator())
                    .put("messagesInQueue", m.messagesInQueue()));

    static final ObjectCodec<GetTransactionStatusRequest> GET_TRANSACTION_STATUS_REQ = ObjectCodec.of(
            GetTransactionStatusRequest.class,
            in -> new GetTransactionStatusRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optString("transactionId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("transactionId", m.transactionId()));

    static final ObjectCodec<TransactionEventResponse> TRANSACTION_EVENT_RES = ObjectCodec.of(
            TransactionEventResponse.class,
            in -> new TransactionEventResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optDecimal("totalCost"),
                    in.optInteger("chargingPriority"),
                    in.optObject("idTokenInfo", ID_TOKEN_INFO),
                    in.optObject("updatedPersonalMessage", MESSAGE_CONTENT)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("totalCost", m.totalCost())
                    .put("chargingPriority", m.chargingPriority())
                    .put("idTokenInfo", m.idTokenInfo(), ID_TOKEN_INFO)
                    .put("updatedPersonalMessage", m.updatedPersonalMessage(), MESSAGE_CONTENT));

    static final ObjectCodec<TransactionEventRequest> TRANSACTION_EVENT_REQ = ObjectCodec.of(
            TransactionEventRequest.class,
            in -> new TransactionEventRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("eventType", TRANSACTION_EVENT_ENUM_TYPE),
                    in.optArray("meterValue", METER_VALUE, 1),
                    in.dateTime("timestamp"),
                    in.enumValue("triggerReason", TRIGGER_REASON_ENUM_TYPE),
                    in.integer("seqNo"),
                    in.optBool("offline"),
                    in.optInteger("numberOfPhasesUsed"),
                    in.optInteger("cableMaxCurrent"),
                    in.optInteger("reservationId"),
                    in.object("transactionInfo", TRANSACTION),
                    in.optObject("evse", EVSE),
                    in.optObject("idToken", ID_TOKEN)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("eventType", m.eventType(), TRANSACTION_EVENT_ENUM_TYPE)
                    .putArray("meterValue", m.meterValue(), METER_VALUE)
                    .put("timestamp", m.timestamp())
                    .put("triggerReason", m.triggerReason(), TRIGGER_REASON_ENUM_TYPE)
                    .put("seqNo", m.seqNo())
                    .put("offline", m.offline())
                    .put("numberOfPhasesUsed", m.numberOfPhasesUsed())
                    .put("cableMaxCurrent", m.cableMaxCurrent())
                    .put("reservationId", m.reservationId())
                    .put("transactionInfo", m.transactionInfo(), TRANSACTION)
                    .put("evse", m.evse(), EVSE)
                    .put("idToken", m.idToken(), ID_TOKEN));

    private TransactionCodecs() {}
}
