package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 MessageFormatEnumType: the format of a message content.
 */
public enum MessageFormatEnumType {
    ASCII("ASCII"),
    HTML("HTML"),
    URI("URI"),
    UTF8("UTF8");

    private final String wireName;

    MessageFormatEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "ASCII"}. */
    public String wireName() {
        return wireName;
    }
}
