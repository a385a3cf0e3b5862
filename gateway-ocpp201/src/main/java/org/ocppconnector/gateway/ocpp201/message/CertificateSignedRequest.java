package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * CertificateSignedRequest (OCPP 2.0.1, functional block A Security): the CSMS sends the certificate chain signed
 * in answer to a SignCertificate.
 *
 * @param customData vendor-specific data; optional
 * @param certificateChain the signed certificate chain, PEM encoded; at most 10000 characters
 * @param certificateType the type of certificate; optional
 */
public record CertificateSignedRequest(
        @Nullable CustomData customData,
        String certificateChain,
        @Nullable CertificateSigningUseEnumType certificateType)
        implements Ocpp201Request {
    public CertificateSignedRequest {
        Checks.maxLength("certificateChain", certificateChain, 10000);
    }

    /** Without customData. */
    public CertificateSignedRequest(String certificateChain, @Nullable CertificateSigningUseEnumType certificateType) {
        this(null, certificateChain, certificateType);
    }

    @Override
    public String action() {
        return "CertificateSigned";
    }
}
