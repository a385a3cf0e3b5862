package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * InstallCertificateRequest (OCPP 2.0.1, functional block M ISO 15118 Certificate Management): the CSMS installs a
 * root certificate.
 *
 * @param customData vendor-specific data; optional
 * @param certificateType the type of certificate
 * @param certificate a certificate, PEM encoded; at most 5500 characters
 */
public record InstallCertificateRequest(
        @Nullable CustomData customData,
        InstallCertificateUseEnumType certificateType,
        String certificate)
        implements Ocpp201Request {
    public InstallCertificateRequest {
        requireNonNull(certificateType, "certificateType");
        Checks.maxLength("certificate", certificate, 5500);
    }

    /** Without customData. */
    public InstallCertificateRequest(InstallCertificateUseEnumType certificateType, String certificate) {
        this(null, certificateType, certificate);
    }

    @Override
    public String action() {
        return "InstallCertificate";
    }
}
