package org.ocppconnector.gateway.ocpp16;

import static org.ocppconnector.gateway.ocpp16.EnumCodecs.CANCEL_RESERVATION_STATUS;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.RESERVATION_STATUS;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp16.message.CancelReservationConfirmation;
import org.ocppconnector.gateway.ocpp16.message.CancelReservationRequest;
import org.ocppconnector.gateway.ocpp16.message.ReserveNowConfirmation;
import org.ocppconnector.gateway.ocpp16.message.ReserveNowRequest;

/** The 2 actions of the Reservation feature profile (OCPP 1.6 §3, PDUs in §6). */
final class ReservationCodecs {

    static final ObjectCodec<CancelReservationRequest> CANCEL_RESERVATION_REQ = ObjectCodec.of(
            CancelReservationRequest.class,
            in -> new CancelReservationRequest(in.integer("reservationId")),
            (m, out) -> out.put("reservationId", m.reservationId()));

    static final ObjectCodec<CancelReservationConfirmation> CANCEL_RESERVATION_CONF = ObjectCodec.of(
            CancelReservationConfirmation.class,
            in -> new CancelReservationConfirmation(in.enumValue("status", CANCEL_RESERVATION_STATUS)),
            (m, out) -> out.put("status", m.status(), CANCEL_RESERVATION_STATUS));

    static final ObjectCodec<ReserveNowRequest> RESERVE_NOW_REQ = ObjectCodec.of(ReserveNowRequest.class,
            in -> new ReserveNowRequest(
                    in.integer("connectorId"),
                    in.dateTime("expiryDate"),
                    in.string("idTag"),
                    in.optString("parentIdTag"),
                    in.integer("reservationId")),
            (m, out) -> out
                    .put("connectorId", m.connectorId())
                    .put("expiryDate", m.expiryDate())
                    .put("idTag", m.idTag())
                    .put("parentIdTag", m.parentIdTag())
                    .put("reservationId", m.reservationId()));

    static final ObjectCodec<ReserveNowConfirmation> RESERVE_NOW_CONF = ObjectCodec.of(ReserveNowConfirmation.class,
            in -> new ReserveNowConfirmation(in.enumValue("status", RESERVATION_STATUS)),
            (m, out) -> out.put("status", m.status(), RESERVATION_STATUS));

    private ReservationCodecs() {}
}
