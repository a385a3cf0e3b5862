package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 GenericDeviceModelStatusEnumType: the outcome of a device model request.
 */
public enum GenericDeviceModelStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    NOT_SUPPORTED("NotSupported"),
    EMPTY_RESULT_SET("EmptyResultSet");

    private final String wireName;

    GenericDeviceModelStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
