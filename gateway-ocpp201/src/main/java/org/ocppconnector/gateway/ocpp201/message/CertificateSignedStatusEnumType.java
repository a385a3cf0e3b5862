package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 CertificateSignedStatusEnumType: whether the station accepted a signed certificate chain.
 */
public enum CertificateSignedStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String wireName;

    CertificateSignedStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
