package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * GetCertificateStatusRequest (OCPP 2.0.1, functional block M ISO 15118 Certificate Management): the station asks
 * for the OCSP status of a certificate.
 *
 * @param customData vendor-specific data; optional
 * @param ocspRequestData the certificate to check
 */
public record GetCertificateStatusRequest(
        @Nullable CustomData customData,
        OCSPRequestData ocspRequestData)
        implements Ocpp201Request {
    public GetCertificateStatusRequest {
        requireNonNull(ocspRequestData, "ocspRequestData");
    }

    /** Without customData. */
    public GetCertificateStatusRequest(OCSPRequestData ocspRequestData) {
        this(null, ocspRequestData);
    }

    @Override
    public String action() {
        return "GetCertificateStatus";
    }
}
