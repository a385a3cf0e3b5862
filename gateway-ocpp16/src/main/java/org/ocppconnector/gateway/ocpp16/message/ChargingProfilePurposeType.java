package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.10 ChargingProfilePurposeType: what a charging profile limits. */
public enum ChargingProfilePurposeType {
    CHARGE_POINT_MAX_PROFILE("ChargePointMaxProfile"),
    TX_DEFAULT_PROFILE("TxDefaultProfile"),
    TX_PROFILE("TxProfile");

    private final String wireName;

    ChargingProfilePurposeType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "ChargePointMaxProfile"}. */
    public String wireName() {
        return wireName;
    }
}
