package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * SignCertificateResponse (OCPP 2.0.1, functional block A Security): whether the CSMS will process it; the signed
 * chain follows in CertificateSigned.
 *
 * @param customData vendor-specific data; optional
 * @param status accepted or rejected
 * @param statusInfo more about the status; optional
 */
public record SignCertificateResponse(
        @Nullable CustomData customData,
        GenericStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public SignCertificateResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public SignCertificateResponse(GenericStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "SignCertificate";
    }
}
