package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * GetChargingProfilesRequest (OCPP 2.0.1, functional block K Smart Charging): the CSMS asks for the station's
 * charging profiles that match criteria.
 *
 * @param customData vendor-specific data; optional
 * @param requestId the id of the request, which the messages that follow it carry
 * @param evseId the EVSE, counted from 1 (0: the whole station); optional
 * @param chargingProfile which profiles to report
 */
public record GetChargingProfilesRequest(
        @Nullable CustomData customData,
        int requestId,
        @Nullable Integer evseId,
        ChargingProfileCriterion chargingProfile)
        implements Ocpp201Request {
    public GetChargingProfilesRequest {
        requireNonNull(chargingProfile, "chargingProfile");
    }

    /** Without customData. */
    public GetChargingProfilesRequest(
            int requestId,
            @Nullable Integer evseId,
            ChargingProfileCriterion chargingProfile) {
        this(null, requestId, evseId, chargingProfile);
    }

    @Override
    public String action() {
        return "GetChargingProfiles";
    }
}
