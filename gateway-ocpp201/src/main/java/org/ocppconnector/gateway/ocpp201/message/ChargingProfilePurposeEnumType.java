package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ChargingProfilePurposeEnumType: what a charging profile limits.
 */
public enum ChargingProfilePurposeEnumType {
    CHARGING_STATION_EXTERNAL_CONSTRAINTS("ChargingStationExternalConstraints"),
    CHARGING_STATION_MAX_PROFILE("ChargingStationMaxProfile"),
    TX_DEFAULT_PROFILE("TxDefaultProfile"),
    TX_PROFILE("TxProfile");

    private final String wireName;

    ChargingProfilePurposeEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "ChargingStationExternalConstraints"}. */
    public String wireName() {
        return wireName;
    }
}
