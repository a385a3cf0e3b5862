package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * DeleteCertificateResponse (OCPP 2.0.1, functional block M ISO 15118 Certificate Management): whether the
 * certificate was deleted.
 *
 * @param customData vendor-specific data; optional
 * @param status the outcome of DeleteCertificate
 * @param statusInfo more about the status; optional
 */
public record DeleteCertificateResponse(
        @Nullable CustomData customData,
        DeleteCertificateStatusEnumType status,
        @Nullable StatusInfo statusInfo)
        implements Ocpp201Response {
    public DeleteCertificateResponse {
        requireNonNull(status, "status");
    }

    /** Without customData. */
    public DeleteCertificateResponse(DeleteCertificateStatusEnumType status, @Nullable StatusInfo statusInfo) {
        this(null, status, statusInfo);
    }

    @Override
    public String action() {
        return "DeleteCertificate";
    }
}
