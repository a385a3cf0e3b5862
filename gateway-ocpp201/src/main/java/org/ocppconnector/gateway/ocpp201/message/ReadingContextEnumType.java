package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 ReadingContextEnumType: why a value was sampled. Where a field of this type is absent, {@code
 * Sample.Periodic} applies.
 */
public enum ReadingContextEnumType {
    INTERRUPTION_BEGIN("Interruption.Begin"),
    INTERRUPTION_END("Interruption.End"),
    OTHER("Other"),
    SAMPLE_CLOCK("Sample.Clock"),
    SAMPLE_PERIODIC("Sample.Periodic"),
    TRANSACTION_BEGIN("Transaction.Begin"),
    TRANSACTION_END("Transaction.End"),
    TRIGGER("Trigger");

    private final String wireName;

    ReadingContextEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Interruption.Begin"}. */
    public String wireName() {
        return wireName;
    }
}
