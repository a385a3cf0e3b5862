package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * SetChargingProfile.conf (OCPP 1.6 §6.44).
 *
 * @param status whether the profile was installed
 */
public record SetChargingProfileConfirmation(ChargingProfileStatus status) implements Ocpp16Confirmation {
    public SetChargingProfileConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "SetChargingProfile";
    }
}
