package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * ClearChargingProfileRequest (OCPP 2.0.1, functional block K Smart Charging): the CSMS removes charging profiles,
 * by id or by criteria.
 *
 * @param customData vendor-specific data; optional
 * @param chargingProfileId ids of charging profiles; optional
 * @param chargingProfileCriteria the profiles to clear when no chargingProfileId is given; optional
 */
public record ClearChargingProfileRequest(
        @Nullable CustomData customData,
        @Nullable Integer chargingProfileId,
        @Nullable ClearChargingProfile chargingProfileCriteria)
        implements Ocpp201Request {
    /** Without customData. */
    public ClearChargingProfileRequest(
            @Nullable Integer chargingProfileId,
            @Nullable ClearChargingProfile chargingProfileCriteria) {
        this(null, chargingProfileId, chargingProfileCriteria);
    }

    @Override
    public String action() {
        return "ClearChargingProfile";
    }
}
