package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ReportBaseEnumType: which predefined report GetBaseReport asks for.
 */
public enum ReportBaseEnumType {
    CONFIGURATION_INVENTORY("ConfigurationInventory"),
    FULL_INVENTORY("FullInventory"),
    SUMMARY_INVENTORY("SummaryInventory");

    private final String wireName;

    ReportBaseEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "ConfigurationInventory"}. */
    public String wireName() {
        return wireName;
    }
}
