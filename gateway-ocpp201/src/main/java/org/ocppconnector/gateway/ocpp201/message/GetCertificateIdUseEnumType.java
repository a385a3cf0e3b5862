package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 GetCertificateIdUseEnumType: the type of an installed certificate.
 */
public enum GetCertificateIdUseEnumType {
    V2G_ROOT_CERTIFICATE("V2GRootCertificate"),
    MO_ROOT_CERTIFICATE("MORootCertificate"),
    CSMS_ROOT_CERTIFICATE("CSMSRootCertificate"),
    V2G_CERTIFICATE_CHAIN("V2GCertificateChain"),
    MANUFACTURER_ROOT_CERTIFICATE("ManufacturerRootCertificate");

    private final String wireName;

    GetCertificateIdUseEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "V2GRootCertificate"}. */
    public String wireName() {
        return wireName;
    }
}
