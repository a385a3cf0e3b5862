package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * DeleteCertificate.req (OCPP 1.6 security extension).
 *
 * @param certificateHashData the certificate to delete
 */
public record DeleteCertificateRequest(CertificateHashData certificateHashData) implements Ocpp16Request {
    public DeleteCertificateRequest {
        requireNonNull(certificateHashData, "certificateHashData");
    }

    @Override
    public String action() {
        return "DeleteCertificate";
    }
}
