package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 DisplayMessageStatusEnumType: the outcome of SetDisplayMessage.
 */
public enum DisplayMessageStatusEnumType {
    ACCEPTED("Accepted"),
    NOT_SUPPORTED_MESSAGE_FORMAT("NotSupportedMessageFormat"),
    REJECTED("Rejected"),
    NOT_SUPPORTED_PRIORITY("NotSupportedPriority"),
    NOT_SUPPORTED_STATE("NotSupportedState"),
    UNKNOWN_TRANSACTION("UnknownTransaction");

    private final String wireName;

    DisplayMessageStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
