package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 MutabilityEnumType: whether a variable attribute can be read, written, or both. Where a field of this
 * type is absent, {@code ReadWrite} applies.
 */
public enum MutabilityEnumType {
    READ_ONLY("ReadOnly"),
    WRITE_ONLY("WriteOnly"),
    READ_WRITE("ReadWrite");

    private final String wireName;

    MutabilityEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "ReadOnly"}. */
    public String wireName() {
        return wireName;
    }
}
