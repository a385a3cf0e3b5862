package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * OCPP 2.0.1 ChargingNeedsType: what an EV needs, as it stated over ISO 15118, with the energy transfer mode, AC or
 * DC parameters and departure time.
 *
 * @param customData vendor-specific data; optional
 * @param acChargingParameters the AC parameters, for AC charging; optional
 * @param dcChargingParameters the DC parameters, for DC charging; optional
 * @param requestedEnergyTransfer the energy transfer mode an EV asks for over ISO 15118
 * @param departureTime when the EV wants to leave; optional
 */
public record ChargingNeeds(
        @Nullable CustomData customData,
        @Nullable ACChargingParameters acChargingParameters,
        @Nullable DCChargingParameters dcChargingParameters,
        EnergyTransferModeEnumType requestedEnergyTransfer,
        @Nullable DateTime departureTime) {
    public ChargingNeeds {
        requireNonNull(requestedEnergyTransfer, "requestedEnergyTransfer");
    }

    /** Without customData. */
    public ChargingNeeds(
            @Nullable ACChargingParameters acChargingParameters,
            @Nullable DCChargingParameters dcChargingParameters,
            EnergyTransferModeEnumType requestedEnergyTransfer,
            @Nullable DateTime departureTime) {
        this(null, acChargingParameters, dcChargingParameters, requestedEnergyTransfer, departureTime);
    }
}
