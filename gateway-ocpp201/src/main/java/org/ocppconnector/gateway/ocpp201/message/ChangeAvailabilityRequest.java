package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * ChangeAvailabilityRequest (OCPP 2.0.1, functional block G Availability): the CSMS makes the station, an EVSE or a
 * connector operative or inoperative.
 *
 * @param customData vendor-specific data; optional
 * @param evse the EVSE or connector; absent: the whole station; optional
 * @param operationalStatus whether the station, an EVSE or a connector is operative
 */
public record ChangeAvailabilityRequest(
        @Nullable CustomData customData,
        @Nullable EVSE evse,
        OperationalStatusEnumType operationalStatus)
        implements Ocpp201Request {
    public ChangeAvailabilityRequest {
        requireNonNull(operationalStatus, "operationalStatus");
    }

    /** Without customData. */
    public ChangeAvailabilityRequest(@Nullable EVSE evse, OperationalStatusEnumType operationalStatus) {
        this(null, evse, operationalStatus);
    }

    @Override
    public String action() {
        return "ChangeAvailability";
    }
}
