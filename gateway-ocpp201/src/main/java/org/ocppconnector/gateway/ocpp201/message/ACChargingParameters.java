package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * OCPP 2.0.1 ACChargingParametersType: the AC charging parameters an EV stated over ISO 15118.
 *
 * @param customData vendor-specific data; optional
 * @param energyAmount the energy the EV requests in Wh
 * @param evMinCurrent the EV's minimum current in A
 * @param evMaxCurrent the EV's maximum current in A
 * @param evMaxVoltage the EV's maximum voltage in V
 */
public record ACChargingParameters(
        @Nullable CustomData customData,
        int energyAmount,
        int evMinCurrent,
        int evMaxCurrent,
        int evMaxVoltage) {
    /** Without customData. */
    public ACChargingParameters(int energyAmount, int evMinCurrent, int evMaxCurrent, int evMaxVoltage) {
        this(null, energyAmount, evMinCurrent, evMaxCurrent, evMaxVoltage);
    }
}
