package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 GetCertificateStatusEnumType: whether an OCSP status could be obtained.
 */
public enum GetCertificateStatusEnumType {
    ACCEPTED("Accepted"),
    FAILED("Failed");

    private final String wireName;

    GetCertificateStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
