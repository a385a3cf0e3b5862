package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * InstallCertificateResponse (OCPP 2.0.1, functional block M ISO 15118 Certificate Management): whether the
 * certificate was installed.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of InstallCertificate
 * @param statusInfo more about the status; optional
 */
public record InstallCertificateResponse(
        @Nullable CustomData customData,
        InstallCertificateStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public InstallCertificateResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public InstallCertificateResponse(InstallCertificateStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "InstallCertificate";
    }
}
