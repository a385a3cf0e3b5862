package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 InstallCertificateUseEnumType: the type of a root certificate to install.
 */
public enum InstallCertificateUseEnumType {
    V2G_ROOT_CERTIFICATE("V2GRootCertificate"),
    MO_ROOT_CERTIFICATE("MORootCertificate"),
    CSMS_ROOT_CERTIFICATE("CSMSRootCertificate"),
    MANUFACTURER_ROOT_CERTIFICATE("ManufacturerRootCertificate");

    private final String wireName;

    InstallCertificateUseEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "V2GRootCertificate"}. */
    public String wireName() {
        return wireName;
    }
}
