package org.ocppconnector.gateway.ocpp16.message;

import org.jspecify.annotations.Nullable;

/**
 * GetCompositeSchedule.req (OCPP 1.6 §6.21).
 *
 * @param connectorId the connector, or 0 for the station's grid connection
 * @param duration seconds of schedule wanted
 * @param chargingRateUnit the unit wanted; absent lets the station choose
 */
public record GetCompositeScheduleRequest(
        int connectorId, int duration, @Nullable ChargingRateUnitType chargingRateUnit)
        implements Ocpp16Request {
    @Override
    public String action() {
        return "GetCompositeSchedule";
    }
}
