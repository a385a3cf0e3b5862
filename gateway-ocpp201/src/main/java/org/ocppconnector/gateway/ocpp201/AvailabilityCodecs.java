package org.ocppconnector.gateway.ocpp201;

import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CUSTOM_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.EVSE;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.STATUS_INFO;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CHANGE_AVAILABILITY_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CONNECTOR_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.OPERATIONAL_STATUS_ENUM_TYPE;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp201.message.ChangeAvailabilityRequest;
import org.ocppconnector.gateway.ocpp201.message.ChangeAvailabilityResponse;
import org.ocppconnector.gateway.ocpp201.message.HeartbeatRequest;
import org.ocppconnector.gateway.ocpp201.message.HeartbeatResponse;
import org.ocppconnector.gateway.ocpp201.message.StatusNotificationRequest;
import org.ocppconnector.gateway.ocpp201.message.StatusNotificationResponse;

/** Functional block G (Availability) of OCPP 2.0.1 part 2: ChangeAvailability, Heartbeat, StatusNotification. */
final class AvailabilityCodecs {

    static final ObjectCodec<ChangeAvailabilityResponse> CHANGE_AVAILABILITY_RES = ObjectCodec.of(
            ChangeAvailabilityResponse.class,
            in -> new ChangeAvailabilityResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", CHANGE_AVAILABILITY_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), CHANGE_AVAILABILITY_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<ChangeAvailabilityRequest> CHANGE_AVAILABILITY_REQ = ObjectCodec.of(
            ChangeAvailabilityRequest.class,
            in -> new ChangeAvailabilityRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optObject("evse", EVSE),
                    in.enumValue("operationalStatus", OPERATIONAL_STATUS_ENUM_TYPE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("evse", m.evse(), EVSE)
                    .put("operationalStatus", m.operationalStatus(), OPERATIONAL_STATUS_ENUM_TYPE));

    static final ObjectCodec<HeartbeatResponse> HEARTBEAT_RES = ObjectCodec.of(HeartbeatResponse.class,
            in -> new HeartbeatResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.dateTime("currentTime")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("currentTime", m.currentTime()));

    static final ObjectCodec<HeartbeatRequest> HEARTBEAT_REQ = ObjectCodec.of(HeartbeatRequest.class,
            in -> new HeartbeatRequest(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    static final ObjectCodec<StatusNotificationResponse> STATUS_NOTIFICATION_RES = ObjectCodec.of(
            StatusNotificationResponse.class,
            in -> new StatusNotificationResponse(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    static final ObjectCodec<StatusNotificationRequest> STATUS_NOTIFICATION_REQ = ObjectCodec.of(
            StatusNotificationRequest.class,
            in -> new StatusNotificationRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.dateTime("timestamp"),
                    in.enumValue("connectorStatus", CONNECTOR_STATUS_ENUM_TYPE),
                    in.integer("evseId"),
                    in.integer("connectorId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("timestamp", m.timestamp())
                    .put("connectorStatus", m.connectorStatus(), CONNECTOR_STATUS_ENUM_TYPE)
                    .put("evseId", m.evseId())
                    .put("connectorId", m.connectorId()));

    private AvailabilityCodecs() {}
}
