package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 RecurrencyKindEnumType: how a recurring charging profile recurs.
 */
public enum RecurrencyKindEnumType {
    DAILY("Daily"),
    WEEKLY("Weekly");

    private final String wireName;

    RecurrencyKindEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Daily"}. */
    public String wireName() {
        return wireName;
    }
}
