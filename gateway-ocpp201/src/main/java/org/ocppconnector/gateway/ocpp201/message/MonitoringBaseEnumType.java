package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 MonitoringBaseEnumType: which set of monitors is active.
 */
public enum MonitoringBaseEnumType {
    ALL("All"),
    FACTORY_DEFAULT("FactoryDefault"),
    HARD_WIRED_ONLY("HardWiredOnly");

    private final String wireName;

    MonitoringBaseEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "All"}. */
    public String wireName() {
        return wireName;
    }
}
