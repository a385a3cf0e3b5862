package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 DCChargingParametersType: the DC charging parameters an EV stated over ISO 15118.
 *
 * @param customData vendor-specific data; optional
 * @param evMaxCurrent the EV's maximum current in A
 * @param evMaxVoltage the EV's maximum voltage in V
 * @param energyAmount the energy the EV requests in Wh; optional
 * @param evMaxPower the EV's maximum power in W; optional
 * @param stateOfCharge the state of charge of the EV in percent; 0 to 100, optional
 * @param evEnergyCapacity the EV's energy capacity in Wh; optional
 * @param fullSoC the state of charge in percent at which the EV considers itself full; 0 to 100, optional
 * @param bulkSoC the state of charge in percent at which the EV considers bulk charging complete; 0 to 100,
 *     optional
 */
public record DCChargingParameters(
        @Nullable CustomData customData,
        int evMaxCurrent,
        int evMaxVoltage,
        @Nullable Integer energyAmount,
        @Nullable Integer evMaxPower,
        @Nullable Integer stateOfCharge,
        @Nullable Integer evEnergyCapacity,
        @Nullable Integer fullSoC,
        @Nullable Integer bulkSoC) {
    public DCChargingParameters {
        Checks.rangeOrNull("stateOfCharge", stateOfCharge, 0, 100);
        Checks.rangeOrNull("fullSoC", fullSoC, 0, 100);
        Checks.rangeOrNull("bulkSoC", bulkSoC, 0, 100);
    }

    /** Without customData. */
    public DCChargingParameters(
            int evMaxCurrent,
            int evMaxVoltage,
            @Nullable Integer energyAmount,
            @Nullable Integer evMaxPower,
            @Nullable Integer stateOfCharge,
            @Nullable Integer evEnergyCapacity,
            @Nullable Integer fullSoC,
            @Nullable Integer bulkSoC) {
        this(null, evMaxCurrent, evMaxVoltage, energyAmount, evMaxPower, stateOfCharge, evEnergyCapacity,
                fullSoC, bulkSoC);
    }
}
