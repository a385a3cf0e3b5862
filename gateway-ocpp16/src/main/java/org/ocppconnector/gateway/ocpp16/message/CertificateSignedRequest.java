package org.ocppconnector.gateway.ocpp16.message;

import org.ocppconnector.gateway.core.codec.Checks;

/**
 * CertificateSigned.req (OCPP 1.6 security extension): the signed certificate for a
 * SignCertificate.req.
 *
 * @param certificateChain the PEM certificate chain, at most 10000 characters
 */
public record CertificateSignedRequest(String certificateChain) implements Ocpp16Request {
    public CertificateSignedRequest {
        Checks.maxLength("certificateChain", certificateChain, 10000);
    }

    @Override
    public String action() {
        return "CertificateSigned";
    }
}
