package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 TransactionEventEnumType: whether a TransactionEvent starts, updates or ends a transaction.
 */
public enum TransactionEventEnumType {
    ENDED("Ended"),
    STARTED("Started"),
    UPDATED("Updated");

    private final String wireName;

    TransactionEventEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Ended"}. */
    public String wireName() {
        return wireName;
    }
}
