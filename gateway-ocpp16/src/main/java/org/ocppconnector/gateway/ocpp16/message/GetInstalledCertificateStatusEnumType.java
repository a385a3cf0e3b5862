package org.ocppconnector.gateway.ocpp16.message;

/**
 * Security extension GetInstalledCertificateStatusEnumType: the answer to
 * GetInstalledCertificateIds.req.
 */
public enum GetInstalledCertificateStatusEnumType {
    ACCEPTED("Accepted"),
    NOT_FOUND("NotFound");

    private final String wireName;

    GetInstalledCertificateStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
