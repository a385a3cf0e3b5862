package org.ocppconnector.gateway.ocpp16;

import static org.ocppconnector.gateway.ocpp16.EnumCodecs.AVAILABILITY_STATUS;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.AVAILABILITY_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.CHARGE_POINT_ERROR_CODE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.CHARGE_POINT_STATUS;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.CLEAR_CACHE_STATUS;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.CONFIGURATION_STATUS;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.DATA_TRANSFER_STATUS;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.REASON;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.REGISTRATION_STATUS;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.REMOTE_START_STOP_STATUS;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.RESET_STATUS;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.RESET_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.UNLOCK_STATUS;
import static org.ocppconnector.gateway.ocpp16.TypeCodecs.CHARGING_PROFILE;
import static org.ocppconnector.gateway.ocpp16.TypeCodecs.ID_TAG_INFO;
import static org.ocppconnector.gateway.ocpp16.TypeCodecs.KEY_VALUE;
import static org.ocppconnector.gateway.ocpp16.TypeCodecs.METER_VALUE;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp16.message.AuthorizeConfirmation;
import org.ocppconnector.gateway.ocpp16.message.AuthorizeRequest;
import org.ocppconnector.gateway.ocpp16.message.BootNotificationConfirmation;
import org.ocppconnector.gateway.ocpp16.message.BootNotificationRequest;
import org.ocppconnector.gateway.ocpp16.message.ChangeAvailabilityConfirmation;
import org.ocppconnector.gateway.ocpp16.message.ChangeAvailabilityRequest;
import org.ocppconnector.gateway.ocpp16.message.ChangeConfigurationConfirmation;
import org.ocppconnector.gateway.ocpp16.message.ChangeConfigurationRequest;
import org.ocppconnector.gateway.ocpp16.message.ClearCacheConfirmation;
import org.ocppconnector.gateway.ocpp16.message.ClearCacheRequest;
import org.ocppconnector.gateway.ocpp16.message.DataTransferConfirmation;
import org.ocppconnector.gateway.ocpp16.message.DataTransferRequest;
import org.ocppconnector.gateway.ocpp16.message.GetConfigurationConfirmation;
import org.ocppconnector.gateway.ocpp16.message.GetConfigurationRequest;
import org.ocppconnector.gateway.ocpp16.message.HeartbeatConfirmation;
import org.ocppconnector.gateway.ocpp16.message.HeartbeatRequest;
import org.ocppconnector.gateway.ocpp16.message.MeterValuesConfirmation;
import org.ocppconnector.gateway.ocpp16.message.MeterValuesRequest;
import org.ocppconnector.gateway.ocpp16.message.RemoteStartTransactionConfirmation;
import org.ocppconnector.gateway.ocpp16.message.RemoteStartTransactionRequest;
import org.ocppconnector.gateway.ocpp16.message.RemoteStopTransactionConfirmation;
import org.ocppconnector.gateway.ocpp16.message.RemoteStopTransactionRequest;
import org.ocppconnector.gateway.ocpp16.message.ResetConfirmation;
import org.ocppconnector.gateway.ocpp16.message.ResetRequest;
import org.ocppconnector.gateway.ocpp16.message.StartTransactionConfirmation;
import org.ocppconnector.gateway.ocpp16.message.StartTransactionRequest;
import org.ocppconnector.gateway.ocpp16.message.StatusNotificationConfirmation;
import org.ocppconnector.gateway.ocpp16.message.StatusNotificationRequest;
import org.ocppconnector.gateway.ocpp16.message.StopTransactionConfirmation;
import org.ocppconnector.gateway.ocpp16.message.StopTransactionRequest;
import org.ocppconnector.gateway.ocpp16.message.UnlockConnectorConfirmation;
import org.ocppconnector.gateway.ocpp16.message.UnlockConnectorRequest;

/** The 16 actions of the Core feature profile (OCPP 1.6 §3, PDUs in §6). */
final class CoreProfileCodecs {

    static final ObjectCodec<AuthorizeRequest> AUTHORIZE_REQ = ObjectCodec.of(AuthorizeRequest.class,
            in -> new AuthorizeRequest(in.string("idTag")),
            (m, out) -> out.put("idTag", m.idTag()));

    static final ObjectCodec<AuthorizeConfirmation> AUTHORIZE_CONF = ObjectCodec.of(AuthorizeConfirmation.class,
            in -> new AuthorizeConfirmation(in.object("idTagInfo", ID_TAG_INFO)),
            (m, out) -> out.put("idTagInfo", m.idTagInfo(), ID_TAG_INFO));

    static final ObjectCodec<BootNotificationRequest> BOOT_NOTIFICATION_REQ = ObjectCodec.of(
            BootNotificationRequest.class,
            in -> new BootNotificationRequest(
                    in.string("chargePointVendor"),
                    in.string("chargePointModel"),
                    in.optString("chargePointSerialNumber"),
                    in.optString("chargeBoxSerialNumber"),
                    in.optString("firmwareVersion"),
                    in.optString("iccid"),
                    in.optString("imsi"),
                    in.optString("meterType"),
                    in.optString("meterSerialNumber")),
            (m, out) -> out
                    .put("chargePointVendor", m.chargePointVendor())
                    .put("chargePointModel", m.chargePointModel())
                    .put("chargePointSerialNumber", m.chargePointSerialNumber())
                    .put("chargeBoxSerialNumber", m.chargeBoxSerialNumber())
                    .put("firmwareVersion", m.firmwareVersion())
                    .put("iccid", m.iccid())
                    .put("imsi", m.imsi())
                    .put("meterType", m.meterType())
                    .put("meterSerialNumber", m.meterSerialNumber()));

    static final ObjectCodec<BootNotificationConfirmation> BOOT_NOTIFICATION_CONF = ObjectCodec.of(
            BootNotificationConfirmation.class,
            in -> new BootNotificationConfirmation(
                    in.enumValue("status", REGISTRATION_STATUS),
                    in.dateTime("currentTime"),
                    in.integer("interval")),
            (m, out) -> out
                    .put("status", m.status(), REGISTRATION_STATUS)
                    .put("currentTime", m.currentTime())
                    .put("interval", m.interval()));

    static final ObjectCodec<ChangeAvailabilityRequest> CHANGE_AVAILABILITY_REQ = ObjectCodec.of(
            ChangeAvailabilityRequest.class,
            in -> new ChangeAvailabilityRequest(
                    in.integer("connectorId"),
                    in.enumValue("type", AVAILABILITY_TYPE)),
            (m, out) -> out
                    .put("connectorId", m.connectorId())
                    .put("type", m.type(), AVAILABILITY_TYPE));

    static final ObjectCodec<ChangeAvailabilityConfirmation> CHANGE_AVAILABILITY_CONF = ObjectCodec.of(
            ChangeAvailabilityConfirmation.class,
            in -> new ChangeAvailabilityConfirmation(in.enumValue("status", AVAILABILITY_STATUS)),
            (m, out) -> out.put("status", m.status(), AVAILABILITY_STATUS));

    static final ObjectCodec<ChangeConfigurationRequest> CHANGE_CONFIGURATION_REQ = ObjectCodec.of(
            ChangeConfigurationRequest.class,
            in -> new ChangeConfigurationRequest(in.string("key"), in.string("value")),
            (m, out) -> out.put("key", m.key()).put("value", m.value()));

    static final ObjectCodec<ChangeConfigurationConfirmation> CHANGE_CONFIGURATION_CONF = ObjectCodec.of(
            ChangeConfigurationConfirmation.class,
            in -> new ChangeConfigurationConfirmation(in.enumValue("status", CONFIGURATION_STATUS)),
            (m, out) -> out.put("status", m.status(), CONFIGURATION_STATUS));

    static final ObjectCodec<ClearCacheRequest> CLEAR_CACHE_REQ = ObjectCodec.of(ClearCacheRequest.class,
            in -> new ClearCacheRequest(),
            (m, out) -> {});

    static final ObjectCodec<ClearCacheConfirmation> CLEAR_CACHE_CONF = ObjectCodec.of(
            ClearCacheConfirmation.class,
            in -> new ClearCacheConfirmation(in.enumValue("status", CLEAR_CACHE_STATUS)),
            (m, out) -> out.put("status", m.status(), CLEAR_CACHE_STATUS));

    static final ObjectCodec<DataTransferRequest> DATA_TRANSFER_REQ = ObjectCodec.of(DataTransferRequest.class,
            in -> new DataTransferRequest(
                    in.string("vendorId"),
                    in.optString("messageId"),
                    in.optString("data")),
            (m, out) -> out
                    .put("vendorId", m.vendorId())
                    .put("messageId", m.messageId())
                    .put("data", m.data()));

    static final ObjectCodec<DataTransferConfirmation> DATA_TRANSFER_CONF = ObjectCodec.of(
            DataTransferConfirmation.class,
            in -> new DataTransferConfirmation(
                    in.enumValue("status", DATA_TRANSFER_STATUS),
                    in.optString("data")),
            (m, out) -> out
                    .put("status", m.status(), DATA_TRANSFER_STATUS)
                    .put("data", m.data()));

    static final ObjectCodec<GetConfigurationRequest> GET_CONFIGURATION_REQ = ObjectCodec.of(
            GetConfigurationRequest.class,
            in -> new GetConfigurationRequest(in.optStrings("key")),
            (m, out) -> out.putStrings("key", m.key()));

    static final ObjectCodec<GetConfigurationConfirmation> GET_CONFIGURATION_CONF = ObjectCodec.of(
            GetConfigurationConfirmation.class,
            in -> new GetConfigurationConfirmation(
                    in.optArray("configurationKey", KEY_VALUE),
                    in.optStrings("unknownKey")),
            (m, out) -> out
                    .putArray("configurationKey", m.configurationKey(), KEY_VALUE)
                    .putStrings("unknownKey", m.unknownKey()));

    static final ObjectCodec<HeartbeatRequest> HEARTBEAT_REQ = ObjectCodec.of(HeartbeatRequest.class,
            in -> new HeartbeatRequest(),
            (m, out) -> {});

    static final ObjectCodec<HeartbeatConfirmation> HEARTBEAT_CONF = ObjectCodec.of(HeartbeatConfirmation.class,
            in -> new HeartbeatConfirmation(in.dateTime("currentTime")),
            (m, out) -> out.put("currentTime", m.currentTime()));

    static final ObjectCodec<MeterValuesRequest> METER_VALUES_REQ = ObjectCodec.of(MeterValuesRequest.class,
            in -> new MeterValuesRequest(
                    in.integer("connectorId"),
                    in.optInteger("transactionId"),
                    in.array("meterValue", METER_VALUE)),
            (m, out) -> out
                    .put("connectorId", m.connectorId())
                    .put("transactionId", m.transactionId())
                    .putArray("meterValue", m.meterValue(), METER_VALUE));

    static final ObjectCodec<MeterValuesConfirmation> METER_VALUES_CONF = ObjectCodec.of(
            MeterValuesConfirmation.class,
            in -> new MeterValuesConfirmation(),
            (m, out) -> {});

    static final ObjectCodec<RemoteStartTransactionRequest> REMOTE_START_TRANSACTION_REQ = ObjectCodec.of(
            RemoteStartTransactionRequest.class,
            in -> new RemoteStartTransactionRequest(
                    in.optInteger("connectorId"),
                    in.string("idTag"),
                    in.optObject("chargingProfile", CHARGING_PROFILE)),
            (m, out) -> out
                    .put("connectorId", m.connectorId())
                    .put("idTag", m.idTag())
                    .put("chargingProfile", m.chargingProfile(), CHARGING_PROFILE));

    static final ObjectCodec<RemoteStartTransactionConfirmation> REMOTE_START_TRANSACTION_CONF = ObjectCodec.of(
            RemoteStartTransactionConfirmation.class,
            in -> new RemoteStartTransactionConfirmation(in.enumValue("status", REMOTE_START_STOP_STATUS)),
            (m, out) -> out.put("status", m.status(), REMOTE_START_STOP_STATUS));

    static final ObjectCodec<RemoteStopTransactionRequest> REMOTE_STOP_TRANSACTION_REQ = ObjectCodec.of(
            RemoteStopTransactionRequest.class,
            in -> new RemoteStopTransactionRequest(in.integer("transactionId")),
            (m, out) -> out.put("transactionId", m.transactionId()));

    static final ObjectCodec<RemoteStopTransactionConfirmation> REMOTE_STOP_TRANSACTION_CONF = ObjectCodec.of(
            RemoteStopTransactionConfirmation.class,
            in -> new RemoteStopTransactionConfirmation(in.enumValue("status", REMOTE_START_STOP_STATUS)),
            (m, out) -> out.put("status", m.status(), REMOTE_START_STOP_STATUS));

    static final ObjectCodec<ResetRequest> RESET_REQ = ObjectCodec.of(ResetRequest.class,
            in -> new ResetRequest(in.enumValue("type", RESET_TYPE)),
            (m, out) -> out.put("type", m.type(), RESET_TYPE));

    static final ObjectCodec<ResetConfirmation> RESET_CONF = ObjectCodec.of(ResetConfirmation.class,
            in -> new ResetConfirmation(in.enumValue("status", RESET_STATUS)),
            (m, out) -> out.put("status", m.status(), RESET_STATUS));

    static final ObjectCodec<StartTransactionRequest> START_TRANSACTION_REQ = ObjectCodec.of(
            StartTransactionRequest.class,
            in -> new StartTransactionRequest(
                    in.integer("connectorId"),
                    in.string("idTag"),
                    in.integer("meterStart"),
                    in.optInteger("reservationId"),
                    in.dateTime("timestamp")),
            (m, out) -> out
                    .put("connectorId", m.connectorId())
                    .put("idTag", m.idTag())
                    .put("meterStart", m.meterStart())
                    .put("reservationId", m.reservationId())
                    .put("timestamp", m.timestamp()));

    static final ObjectCodec<StartTransactionConfirmation> START_TRANSACTION_CONF = ObjectCodec.of(
            StartTransactionConfirmation.class,
            in -> new StartTransactionConfirmation(
                    in.object("idTagInfo", ID_TAG_INFO),
                    in.integer("transactionId")),
            (m, out) -> out
                    .put("idTagInfo", m.idTagInfo(), ID_TAG_INFO)
                    .put("transactionId", m.transactionId()));

    static final ObjectCodec<StatusNotificationRequest> STATUS_NOTIFICATION_REQ = ObjectCodec.of(
            StatusNotificationRequest.class,
            in -> new StatusNotificationRequest(
                    in.integer("connectorId"),
                    in.enumValue("errorCode", CHARGE_POINT_ERROR_CODE),
                    in.optString("info"),
                    in.enumValue("status", CHARGE_POINT_STATUS),
                    in.optDateTime("timestamp"),
                    in.optString("vendorId"),
                    in.optString("vendorErrorCode")),
            (m, out) -> out
                    .put("connectorId", m.connectorId())
                    .put("errorCode", m.errorCode(), CHARGE_POINT_ERROR_CODE)
                    .put("info", m.info())
                    .put("status", m.status(), CHARGE_POINT_STATUS)
                    .put("timestamp", m.timestamp())
                    .put("vendorId", m.vendorId())
                    .put("vendorErrorCode", m.vendorErrorCode()));

    static final ObjectCodec<StatusNotificationConfirmation> STATUS_NOTIFICATION_CONF = ObjectCodec.of(
            StatusNotificationConfirmation.class,
            in -> new StatusNotificationConfirmation(),
            (m, out) -> {});

    static final ObjectCodec<StopTransactionRequest> STOP_TRANSACTION_REQ = ObjectCodec.of(
            StopTransactionRequest.class,
            in -> new StopTransactionRequest(
                    in.optString("idTag"),
                    in.integer("meterStop"),
                    in.dateTime("timestamp"),
                    in.integer("transactionId"),
                    in.optEnum("reason", REASON),
                    in.optArray("transactionData", METER_VALUE)),
            (m, out) -> out
                    .put("idTag", m.idTag())
                    .put("meterStop", m.meterStop())
                    .put("timestamp", m.timestamp())
                    .put("transactionId", m.transactionId())
                    .put("reason", m.reason(), REASON)
                    .putArray("transactionData", m.transactionData(), METER_VALUE));

    static final ObjectCodec<StopTransactionConfirmation> STOP_TRANSACTION_CONF = ObjectCodec.of(
            StopTransactionConfirmation.class,
            in -> new StopTransactionConfirmation(in.optObject("idTagInfo", ID_TAG_INFO)),
            (m, out) -> out.put("idTagInfo", m.idTagInfo(), ID_TAG_INFO));

    static final ObjectCodec<UnlockConnectorRequest> UNLOCK_CONNECTOR_REQ = ObjectCodec.of(
            UnlockConnectorRequest.class,
            in -> new UnlockConnectorRequest(in.integer("connectorId")),
            (m, out) -> out.put("connectorId", m.connectorId()));

    static final ObjectCodec<UnlockConnectorConfirmation> UNLOCK_CONNECTOR_CONF = ObjectCodec.of(
            UnlockConnectorConfirmation.class,
            in -> new UnlockConnectorConfirmation(in.enumValue("status", UNLOCK_STATUS)),
            (m, out) -> out.put("status", m.status(), UNLOCK_STATUS));

    private CoreProfileCodecs() {}
}
