package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * ReserveNow.conf (OCPP 1.6 §6.38).
 *
 * @param status whether the reservation was made
 */
public record ReserveNowConfirmation(ReservationStatus status) implements Ocpp16Confirmation {
    public ReserveNowConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "ReserveNow";
    }
}
