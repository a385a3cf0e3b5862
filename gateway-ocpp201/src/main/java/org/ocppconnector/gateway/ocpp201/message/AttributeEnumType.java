package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 AttributeEnumType: which attribute of a variable, its actual, target, minimum or maximum value. Where
 * a field of this type is absent, {@code Actual} applies.
 */
public enum AttributeEnumType {
    ACTUAL("Actual"),
    TARGET("Target"),
    MIN_SET("MinSet"),
    MAX_SET("MaxSet");

    private final String wireName;

    AttributeEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Actual"}. */
    public String wireName() {
        return wireName;
    }
}
