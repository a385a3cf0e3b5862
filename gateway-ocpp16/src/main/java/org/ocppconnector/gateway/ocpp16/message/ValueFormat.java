package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.49 ValueFormat: whether a sampled value is a plain number or signed data. */
public enum ValueFormat {
    RAW("Raw"),
    SIGNED_DATA("SignedData");

    private final String wireName;

    ValueFormat(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Raw"}. */
    public String wireName() {
        return wireName;
    }
}
