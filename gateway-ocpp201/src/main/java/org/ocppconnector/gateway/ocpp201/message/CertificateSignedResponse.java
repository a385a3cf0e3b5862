package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * CertificateSignedResponse (OCPP 2.0.1, functional block A Security): whether the station accepted the chain.
 *
 * @param customData vendor-specific data; optional
 * @param status whether the station accepted a signed certificate chain
 * @param statusInfo more about the status; optional
 */
public record CertificateSignedResponse(
        @Nullable CustomData customData,
        CertificateSignedStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public CertificateSignedResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public CertificateSignedResponse(CertificateSignedStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "CertificateSigned";
    }
}
