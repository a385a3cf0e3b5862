package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * GetCompositeSchedule.conf (OCPP 1.6 §6.22).
 *
 * @param status whether a schedule could be computed
 * @param connectorId the connector it applies to
 * @param scheduleStart when it starts
 * @param chargingSchedule the composite schedule
 */
public record GetCompositeScheduleConfirmation(
        GetCompositeScheduleStatus status,
        @Nullable Integer connectorId,
        @Nullable DateTime scheduleStart,
        @Nullable ChargingSchedule chargingSchedule)
        implements Ocpp16Confirmation {
    public GetCompositeScheduleConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "GetCompositeSchedule";
    }
}
