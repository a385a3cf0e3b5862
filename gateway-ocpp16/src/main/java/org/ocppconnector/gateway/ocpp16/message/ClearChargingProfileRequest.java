package org.ocppconnector.gateway.ocpp16.message;

import org.jspecify.annotations.Nullable;

/**
 * ClearChargingProfile.req (OCPP 1.6 §6.13): each field present narrows which profiles are
 * cleared; none present clears all.
 *
 * @param id the profile's id
 * @param connectorId the connector, or 0 for the whole station
 * @param chargingProfilePurpose the purpose
 * @param stackLevel the stack level
 */
public record ClearChargingProfileRequest(
        @Nullable Integer id,
        @Nullable Integer connectorId,
        @Nullable ChargingProfilePurposeType chargingProfilePurpose,
        @Nullable Integer stackLevel)
        implements Ocpp16Request {
    @Override
    public String action() {
        return "ClearChargingProfile";
    }
}
