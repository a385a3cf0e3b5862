package org.ocppconnector.gateway.ocpp201;

import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CUSTOM_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.ID_TOKEN;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.STATUS_INFO;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CANCEL_RESERVATION_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CONNECTOR_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.RESERVATION_UPDATE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.RESERVE_NOW_STATUS_ENUM_TYPE;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp201.message.CancelReservationRequest;
import org.ocppconnector.gateway.ocpp201.message.CancelReservationResponse;
import org.ocppconnector.gateway.ocpp201.message.ReservationStatusUpdateRequest;
import org.ocppconnector.gateway.ocpp201.message.ReservationStatusUpdateResponse;
import org.ocppconnector.gateway.ocpp201.message.ReserveNowRequest;
import org.ocppconnector.gateway.ocpp201.message.ReserveNowResponse;

/**
 * Functional block H (Reservation) of OCPP 2.0.1 part 2: CancelReservation, ReservationStatusUpdate, ReserveNow.
 */
final class ReservationCodecs {

    static final ObjectCodec<CancelReservationResponse> CANCEL_RESERVATION_RES = ObjectCodec.of(
            CancelReservationResponse.class,
            in -> new CancelReservationResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", CANCEL_RESERVATION_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), CANCEL_RESERVATION_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<CancelReservationRequest> CANCEL_RESERVATION_REQ = ObjectCodec.of(
            CancelReservationRequest.class,
            in -> new CancelReservationRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("reservationId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("reservationId", m.reservationId()));

    static final ObjectCodec<ReservationStatusUpdateResponse> RESERVATION_STATUS_UPDATE_RES = ObjectCodec.of(
            ReservationStatusUpdateResponse.class,
            in -> new ReservationStatusUpdateResponse(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    static final ObjectCodec<ReservationStatusUpdateRequest> RESERVATION_STATUS_UPDATE_REQ = ObjectCodec.of(
            ReservationStatusUpdateRequest.class,
            in -> new ReservationStatusUpdateRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("reservationId"),
                    in.enumValue("reservationUpdateStatus", RESERVATION_UPDATE_STATUS_ENUM_TYPE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("reservationId", m.reservationId())
                    .put("reservationUpdateStatus", m.reservationUpdateStatus(), RESERVATION_UPDATE_STATUS_ENUM_TYPE));

    static final ObjectCodec<ReserveNowResponse> RESERVE_NOW_RES = ObjectCodec.of(ReserveNowResponse.class,
            in -> new ReserveNowResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", RESERVE_NOW_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), RESERVE_NOW_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<ReserveNowRequest> RESERVE_NOW_REQ = ObjectCodec.of(ReserveNowRequest.class,
            in -> new ReserveNowRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("id"),
                    in.dateTime("expiryDateTime"),
                    in.optEnum("connectorType", CONNECTOR_ENUM_TYPE),
                    in.object("idToken", ID_TOKEN),
                    in.optInteger("evseId"),
                    in.optObject("groupIdToken", ID_TOKEN)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("id", m.id())
                    .put("expiryDateTime", m.expiryDateTime())
                    .put("connectorType", m.connectorType(), CONNECTOR_ENUM_TYPE)
                    .put("idToken", m.idToken(), ID_TOKEN)
                    .put("evseId", m.evseId())
                    .put("groupIdToken", m.groupIdToken(), ID_TOKEN));

    private ReservationCodecs() {}
}
