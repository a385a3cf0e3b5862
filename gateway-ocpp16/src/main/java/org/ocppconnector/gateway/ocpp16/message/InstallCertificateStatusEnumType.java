package org.ocppconnector.gateway.ocpp16.message;

/** Security extension InstallCertificateStatusEnumType: the answer to InstallCertificate.req. */
public enum InstallCertificateStatusEnumType {
    ACCEPTED("Accepted"),
    FAILED("Failed"),
    REJECTED("Rejected");

    private final String wireName;

    InstallCertificateStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
