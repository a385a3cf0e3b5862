package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 EnergyTransferModeEnumType: the energy transfer mode an EV asks for over ISO 15118.
 */
public enum EnergyTransferModeEnumType {
    DC("DC"),
    AC_SINGLE_PHASE("AC_single_phase"),
    AC_TWO_PHASE("AC_two_phase"),
    AC_THREE_PHASE("AC_three_phase");

    private final String wireName;

    EnergyTransferModeEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "DC"}. */
    public String wireName() {
        return wireName;
    }
}
