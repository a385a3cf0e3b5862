package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 InstallCertificateStatusEnumType: the outcome of InstallCertificate.
 */
public enum InstallCertificateStatusEnumType {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    FAILED("Failed");

    private final String wireName;

    InstallCertificateStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
