package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 DataTransferStatusEnumType: the outcome of a DataTransfer.
 */
public enum DataTransferStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    UNKNOWN_MESSAGE_ID("UnknownMessageId"),
    UNKNOWN_VENDOR_ID("UnknownVendorId");

    private final String wireName;

    DataTransferStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
