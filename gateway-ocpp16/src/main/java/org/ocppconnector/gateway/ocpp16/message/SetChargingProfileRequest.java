package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * SetChargingProfile.req (OCPP 1.6 §6.43).
 *
 * @param connectorId the connector, or 0 for the whole station
 * @param csChargingProfiles the profile to install (the spec's plural name for one profile)
 */
public record SetChargingProfileRequest(int connectorId, ChargingProfile csChargingProfiles)
        implements Ocpp16Request {
    public SetChargingProfileRequest {
        requireNonNull(csChargingProfiles, "csChargingProfiles");
    }

    @Override
    public String action() {
        return "SetChargingProfile";
    }
}
