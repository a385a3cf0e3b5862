package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * SetChargingProfileRequest (OCPP 2.0.1, functional block K Smart Charging): the CSMS installs a charging profile
 * on an EVSE (0: the whole station).
 *
 * @param customData vendor-specific data; optional
 * @param evseId the EVSE, counted from 1 (0: the whole station)
 * @param chargingProfile the charging profile
 */
public record SetChargingProfileRequest(
        @Nullable CustomData customData,
        int evseId,
        ChargingProfile chargingProfile)
        implements Ocpp201Request {
    public SetChargingProfileRequest {
        requireNonNull(chargingProfile, "chargingProfile");
    }

    /** Without customData. */
    public SetChargingProfileRequest(int evseId, ChargingProfile chargingProfile) {
        this(null, evseId, chargingProfile);
    }

    @Override
    public String action() {
        return "SetChargingProfile";
    }
}
