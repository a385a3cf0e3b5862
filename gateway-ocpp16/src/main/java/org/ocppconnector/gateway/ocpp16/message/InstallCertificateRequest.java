package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.ocppconnector.gateway.core.codec.Checks;

/**
 * InstallCertificate.req (OCPP 1.6 security extension).
 *
 * @param certificateType which kind of root certificate it is
 * @param certificate the PEM certificate, at most 5500 characters
 */
public record InstallCertificateRequest(CertificateUseEnumType certificateType, String certificate)
        implements Ocpp16Request {
    public InstallCertificateRequest {
        requireNonNull(certificateType, "certificateType");
        Checks.maxLength("certificate", certificate, 5500);
    }

    @Override
    public String action() {
        return "InstallCertificate";
    }
}
