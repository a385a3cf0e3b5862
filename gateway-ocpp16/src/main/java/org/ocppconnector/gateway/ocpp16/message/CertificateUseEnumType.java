package org.ocppconnector.gateway.ocpp16.message;

/** Security extension CertificateUseEnumType: which kind of root certificate is meant. */
public enum CertificateUseEnumType {
    CENTRAL_SYSTEM_ROOT_CERTIFICATE("CentralSystemRootCertificate"),
    MANUFACTURER_ROOT_CERTIFICATE("ManufacturerRootCertificate");

    private final String wireName;

    CertificateUseEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "CentralSystemRootCertificate"}. */
    public String wireName() {
        return wireName;
    }
}
