package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * SignCertificateRequest (OCPP 2.0.1, functional block A Security): the station sends a certificate signing
 * request.
 *
 * @param customData vendor-specific data; optional
 * @param csr the certificate signing request, PEM encoded; at most 5500 characters
 * @param certificateType the type of certificate; optional
 */
public record SignCertificateRequest(
        @Nullable CustomData customData,
        String csr,
        @Nullable CertificateSigningUseEnumType certificateType)
        implements Ocpp201Request {
    public SignCertificateRequest {
        Checks.maxLength("csr", csr, 5500);
    }

    /** Without customData. */
    public SignCertificateRequest(String csr, @Nullable CertificateSigningUseEnumType certificateType) {
        this(null, csr, certificateType);
    }

    @Override
    public String action() {
        return "SignCertificate";
    }
}
