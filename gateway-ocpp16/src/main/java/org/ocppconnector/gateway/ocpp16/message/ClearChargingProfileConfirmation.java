package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * ClearChargingProfile.conf (OCPP 1.6 §6.14).
 *
 * @param status whether any profile was cleared
 */
public record ClearChargingProfileConfirmation(ClearChargingProfileStatus status) implements Ocpp16Confirmation {
    public ClearChargingProfileConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "ClearChargingProfile";
    }
}
