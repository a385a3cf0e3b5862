package org.ocppconnector.gateway.ocpp16.message;

/** Security extension CertificateSignedStatusEnumType: the answer to CertificateSigned.req. */
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
