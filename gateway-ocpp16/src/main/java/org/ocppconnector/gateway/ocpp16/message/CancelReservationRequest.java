package org.ocppconnector.gateway.ocpp16.message;

/**
 * CancelReservation.req (OCPP 1.6 §6.5).
 *
 * @param reservationId the reservation to cancel
 */
public record CancelReservationRequest(int reservationId) implements Ocpp16Request {
    @Override
    public String action() {
        return "CancelReservation";
    }
}
