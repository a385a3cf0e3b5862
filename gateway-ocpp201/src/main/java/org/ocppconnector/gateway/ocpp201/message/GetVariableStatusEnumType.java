package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 GetVariableStatusEnumType: the outcome of reading one variable.
 */
public enum GetVariableStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    UNKNOWN_COMPONENT("UnknownComponent"),
    UNKNOWN_VARIABLE("UnknownVariable"),
    NOT_SUPPORTED_ATTRIBUTE_TYPE("NotSupportedAttributeType");

    private final String wireName;

    GetVariableStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
