package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 GetInstalledCertificateStatusEnumType: whether installed certificates were found.
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
