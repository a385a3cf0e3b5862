package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * OCPP 2.0.1 ClearChargingProfileType: which charging profiles ClearChargingProfile removes when it names no
 * profile id.
 *
 * @param customData vendor-specific data; optional
 * @param evseId the EVSE, counted from 1 (0: the whole station); optional
 * @param chargingProfilePurpose what a charging profile limits; optional
 * @param stackLevel the stack level: higher levels take precedence; optional
 */
public record ClearChargingProfile(
        @Nullable CustomData customData,
        @Nullable Integer evseId,
        @Nullable ChargingProfilePurposeEnumType chargingProfilePurpose,
        @Nullable Integer stackLevel) {
    /** Without customData. */
    public ClearChargingProfile(
            @Nullable Integer evseId,
            @Nullable ChargingProfilePurposeEnumType chargingProfilePurpose,
            @Nullable Integer stackLevel) {
        this(null, evseId, chargingProfilePurpose, stackLevel);
    }
}
