package org.ocppconnector.gateway.ocpp201;

import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CHARGING_PROFILE;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CUSTOM_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.EVSE;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.ID_TOKEN;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.STATUS_INFO;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.MESSAGE_TRIGGER_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.REQUEST_START_STOP_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.TRIGGER_MESSAGE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.UNLOCK_STATUS_ENUM_TYPE;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp201.message.RequestStartTransactionRequest;
import org.ocppconnector.gateway.ocpp201.message.RequestStartTransactionResponse;
import org.ocppconnector.gateway.ocpp201.message.RequestStopTransactionRequest;
import org.ocppconnector.gateway.ocpp201.message.RequestStopTransactionResponse;
import org.ocppconnector.gateway.ocpp201.message.TriggerMessageRequest;
import org.ocppconnector.gateway.ocpp201.message.TriggerMessageResponse;
import org.ocppconnector.gateway.ocpp201.message.UnlockConnectorRequest;
import org.ocppconnector.gateway.ocpp201.message.UnlockConnectorResponse;

/**
 * Functional block F (Remote Control) of OCPP 2.0.1 part 2: RequestStartTransaction, RequestStopTransaction,
 * TriggerMessage, UnlockConnector.
 */
final class RemoteControlCodecs {

    static final ObjectCodec<RequestStartTransactionResponse> REQUEST_START_TRANSACTION_RES = ObjectCodec.of(
            RequestStartTransactionResponse.class,
            in -> new RequestStartTransactionResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", REQUEST_START_STOP_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO),
                    in.optString("transactionId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), REQUEST_START_STOP_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO)
                    .put("transactionId", m.transactionId()));

    static final ObjectCodec<RequestStartTransactionRequest> REQUEST_START_TRANSACTION_REQ = ObjectCodec.of(
            RequestStartTransactionRequest.class,
            in -> new RequestStartTransactionRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optInteger("evseId"),
                    in.optObject("groupIdToken", ID_TOKEN),
                    in.object("idToken", ID_TOKEN),
                    in.integer("remoteStartId"),
                    in.optObject("chargingProfile", CHARGING_PROFILE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("evseId", m.evseId())
                    .put("groupIdToken", m.groupIdToken(), ID_TOKEN)
                    .put("idToken", m.idToken(), ID_TOKEN)
                    .put("remoteStartId", m.remoteStartId())
                    .put("chargingProfile", m.chargingProfile(), CHARGING_PROFILE));

    static final ObjectCodec<RequestStopTransactionResponse> REQUEST_STOP_TRANSACTION_RES = ObjectCodec.of(
            RequestStopTransactionResponse.class,
            in -> new RequestStopTransactionResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", REQUEST_START_STOP_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), REQUEST_START_STOP_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<RequestStopTransactionRequest> REQUEST_STOP_TRANSACTION_REQ = ObjectCodec.of(
            RequestStopTransactionRequest.class,
            in -> new RequestStopTransactionRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.string("transactionId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("transactionId", m.transactionId()));

    static final ObjectCodec<TriggerMessageResponse> TRIGGER_MESSAGE_RES = ObjectCodec.of(TriggerMessageResponse.class,
            in -> new TriggerMessageResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", TRIGGER_MESSAGE_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), TRIGGER_MESSAGE_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<TriggerMessageRequest> TRIGGER_MESSAGE_REQ = ObjectCodec.of(TriggerMessageRequest.class,
            in -> new TriggerMessageRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optObject("evse", EVSE),
                    in.enumValue("requestedMessage", MESSAGE_TRIGGER_ENUM_TYPE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("evse", m.evse(), EVSE)
                    .put("requestedMessage", m.requestedMessage(), MESSAGE_TRIGGER_ENUM_TYPE));

    static final ObjectCodec<UnlockConnectorResponse> UNLOCK_CONNECTOR_RES = ObjectCodec.of(
            UnlockConnectorResponse.class,
            in -> new UnlockConnectorResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", UNLOCK_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), UNLOCK_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<UnlockConnectorRequest> UNLOCK_CONNECTOR_REQ = ObjectCodec.of(UnlockConnectorRequest.class,
            in -> new UnlockConnectorRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("evseId"),
                    in.integer("connectorId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("evseId", m.evseId())
                    .put("connectorId", m.connectorId()));

    private RemoteControlCodecs() {}
}
