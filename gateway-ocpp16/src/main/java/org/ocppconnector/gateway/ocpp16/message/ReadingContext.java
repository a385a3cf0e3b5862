package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.35 ReadingContext: why a sampled value was taken. */
public enum ReadingContext {
    INTERRUPTION_BEGIN("Interruption.Begin"),
    INTERRUPTION_END("Interruption.End"),
    SAMPLE_CLOCK("Sample.Clock"),
    SAMPLE_PERIODIC("Sample.Periodic"),
    TRANSACTION_BEGIN("Transaction.Begin"),
    TRANSACTION_END("Transaction.End"),
    TRIGGER("Trigger"),
    OTHER("Other");

    private final String wireName;

    ReadingContext(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Interruption.Begin"}. */
    public String wireName() {
        return wireName;
    }
}
