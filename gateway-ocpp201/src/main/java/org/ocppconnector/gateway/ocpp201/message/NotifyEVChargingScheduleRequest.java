package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * NotifyEVChargingScheduleRequest (OCPP 2.0.1, functional block K Smart Charging): the station relays the charging
 * schedule an EV chose over ISO 15118.
 *
 * @param customData vendor-specific data; optional
 * @param timeBase the time the schedule periods are relative to
 * @param chargingSchedule the charging schedule
 * @param evseId the EVSE, counted from 1 (0: the whole station)
 */
public record NotifyEVChargingScheduleRequest(
        @Nullable CustomData customData,
        DateTime timeBase,
        ChargingSchedule chargingSchedule,
        int evseId)
        implements Ocpp201Request {
    public NotifyEVChargingScheduleRequest {
        requireNonNull(timeBase, "timeBase");
        requireNonNull(chargingSchedule, "chargingSchedule");
    }

    /** Without customData. */
    public NotifyEVChargingScheduleRequest(DateTime timeBase, ChargingSchedule chargingSchedule, int evseId) {
        this(null, timeBase, chargingSchedule, evseId);
    }

    @Override
    public String action() {
        return "NotifyEVChargingSchedule";
    }
}
