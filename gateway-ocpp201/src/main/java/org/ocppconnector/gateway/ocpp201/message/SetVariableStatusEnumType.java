package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 SetVariableStatusEnumType: the outcome of writing one variable.
 */
public enum SetVariableStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    UNKNOWN_COMPONENT("UnknownComponent"),
    UNKNOWN_VARIABLE("UnknownVariable"),
    NOT_SUPPORTED_ATTRIBUTE_TYPE("NotSupportedAttributeType"),
    REBOOT_REQUIRED("RebootRequired");

    private final String wireName;

    SetVariableStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
