package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 CertificateSigningUseEnumType: which of the station's certificates a signing request or signed chain
 * is for.
 */
public enum CertificateSigningUseEnumType {
    CHARGING_STATION_CERTIFICATE("ChargingStationCertificate"),
    V2G_CERTIFICATE("V2GCertificate");

    private final String wireName;

    CertificateSigningUseEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "ChargingStationCertificate"}. */
    public String wireName() {
        return wireName;
    }
}
