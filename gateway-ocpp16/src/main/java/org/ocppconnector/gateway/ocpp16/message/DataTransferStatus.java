package org.ocppconnector.gateway.ocpp16.message;

/** OCPP 1.6 §7.23 DataTransferStatus: the answer to DataTransfer.req. */
public enum DataTransferStatus {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    UNKNOWN_MESSAGE_ID("UnknownMessageId"),
    UNKNOWN_VENDOR_ID("UnknownVendorId");

    private final String wireName;

    DataTransferStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
