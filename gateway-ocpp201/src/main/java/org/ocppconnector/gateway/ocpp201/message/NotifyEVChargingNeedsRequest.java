package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * NotifyEVChargingNeedsRequest (OCPP 2.0.1, functional block K Smart Charging): the station relays the charging
 * needs an EV stated over ISO 15118.
 *
 * @param customData vendor-specific data; optional
 * @param maxScheduleTuples the maximum number of schedule periods the EV supports; optional
 * @param chargingNeeds the needs of the EV
 * @param evseId the EVSE, counted from 1 (0: the whole station)
 */
public record NotifyEVChargingNeedsRequest(
        @Nullable CustomData customData,
        @Nullable Integer maxScheduleTuples,
        ChargingNeeds chargingNeeds,
        int evseId)
        implements Ocpp201Request {
    public NotifyEVChargingNeedsRequest {
        requireNonNull(chargingNeeds, "chargingNeeds");
    }

    /** Without customData. */
    public NotifyEVChargingNeedsRequest(@Nullable Integer maxScheduleTuples, ChargingNeeds chargingNeeds, int evseId) {
        this(null, maxScheduleTuples, chargingNeeds, evseId);
    }

    @Override
    public String action() {
        return "NotifyEVChargingNeeds";
    }
}
