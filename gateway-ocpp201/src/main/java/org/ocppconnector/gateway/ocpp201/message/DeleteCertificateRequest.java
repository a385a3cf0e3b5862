package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * DeleteCertificateRequest (OCPP 2.0.1, functional block M ISO 15118 Certificate Management): the CSMS deletes an
 * installed certificate.
 *
 * @param customData vendor-specific data; optional
 * @param certificateHashData the certificate
 */
public record DeleteCertificateRequest(
        @Nullable CustomData customData,
        CertificateHashData certificateHashData)
        implements Ocpp201Request {
    public DeleteCertificateRequest {
        requireNonNull(certificateHashData, "certificateHashData");
    }

    /** Without customData. */
    public DeleteCertificateRequest(CertificateHashData certificateHashData) {
        this(null, certificateHashData);
    }

    @Override
    public String action() {
        return "DeleteCertificate";
    }
}
