package org.ocppconnector.gateway.ocpp16.message;

/** Security extension DeleteCertificateStatusEnumType: the answer to DeleteCertificate.req. */
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
