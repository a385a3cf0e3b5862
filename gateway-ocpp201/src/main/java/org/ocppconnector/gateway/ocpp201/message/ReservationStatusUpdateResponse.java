package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * ReservationStatusUpdateResponse (OCPP 2.0.1, functional block H Reservation): an acknowledgement without content.
 *
 * @param customData vendor-specific data; optional
 */
public record ReservationStatusUpdateResponse(@Nullable CustomData customData) implements Ocpp201Response {
    /** Without customData. */
    public ReservationStatusUpdateResponse() {
        this(null);
    }

    @Override
    public String action() {
        return "ReservationStatusUpdate";
    }
}
