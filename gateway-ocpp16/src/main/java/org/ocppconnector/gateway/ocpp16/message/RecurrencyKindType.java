package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.37 RecurrencyKindType: the period of a recurring charging profile. */
public enum RecurrencyKindType {
    DAILY("Daily"),
    WEEKLY("Weekly");

    private final String wireName;

    RecurrencyKindType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Daily"}. */
    public String wireName() {
        return wireName;
    }
}
