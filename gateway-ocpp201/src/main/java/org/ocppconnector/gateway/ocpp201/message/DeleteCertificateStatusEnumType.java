package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 DeleteCertificateStatusEnumType: the outcome of DeleteCertificate.
 */
public enum DeleteCertificateStatusEnumType {
    ACCEPTED("Accepted"),
    FAILED("Failed"),
    NOT_FOUND("NotFound");

    private final String wireName;

    DeleteCertificateStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
