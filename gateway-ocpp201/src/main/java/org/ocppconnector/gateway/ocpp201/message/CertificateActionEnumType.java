package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 CertificateActionEnumType: whether an EV asks to install or to update its contract certificate.
 */
public enum CertificateActionEnumType {
    INSTALL("Install"),
    UPDATE("Update");

    private final String wireName;

    CertificateActionEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Install"}. */
    public String wireName() {
        return wireName;
    }
}
