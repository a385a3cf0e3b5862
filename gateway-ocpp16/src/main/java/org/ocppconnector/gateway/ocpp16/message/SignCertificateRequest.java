package org.ocppconnector.gateway.ocpp16.message;

import org.ocppconnector.gateway.core.codec.Checks;

/**
 * SignCertificate.req (OCPP 1.6 security extension): the station asks for its key to be certified.
 *
 * @param csr a PEM-encoded PKCS#10 certificate signing request, at most 5500 characters
 */
public record SignCertificateRequest(String csr) implements Ocpp16Request {
    public SignCertificateRequest {
        Checks.maxLength("csr", csr, 5500);
    }

    @Override
    public String action() {
        return "SignCertificate";
    }
}
