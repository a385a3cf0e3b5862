package org.ocppconnector.gateway.ocpp201.message;

/**
 * OCPP 2.0.1 AuthorizeCertificateStatusEnumType: the status of an ISO 15118 contract certificate checked in
 * Authorize.
 */
public enum AuthorizeCertificateStatusEnumType {
    ACCEPTED("Accepted"),
    SIGNATURE_ERROR("SignatureError"),
    CERTIFICATE_EXPIRED("CertificateExpired"),
    CERTIFICATE_REVOKED("CertificateRevoked"),
    NO_CERTIFICATE_AVAILABLE("NoCertificateAvailable"),
    CERT_CHAIN_ERROR("CertChainError"),
    CONTRACT_CANCELLED("ContractCancelled");

    private final String wireName;

    AuthorizeCertificateStatusEnumType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in JSON, e.g. {@code "Accepted"}. */
    public String wireName() {
        return wireName;
    }
}
