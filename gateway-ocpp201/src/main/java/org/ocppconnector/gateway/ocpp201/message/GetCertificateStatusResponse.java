package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * GetCertificateStatusResponse (OCPP 2.0.1, functional block M ISO 15118 Certificate Management): the OCSP
 * response, if the CSMS could get one.
 *
 * @param customData vendor-specific data; optional
 * @param status whether an OCSP status could be obtained
 * @param statusInfo more about the status; optional
 * @param ocspResult the OCSP response, DER encoded and then Base64; at most 5500 characters, optional
 */
public record GetCertificateStatusResponse(
        @Nullable CustomData customData,
        GetCertificateStatusEnumType status,
        @Nullable StatusInfo statusInfo,
        @Nullable String ocspResult)
        implements Ocpp201Response {
    public GetCertificateStatusResponse {
        requireNonNull(status, "status");
        Checks.maxLengthOrNull("ocspResult", ocspResult, 5500);
    }

    /** Without customData. */
    public GetCertificateStatusResponse(
            GetCertificateStatusEnumType status,
            @Nullable StatusInfo statusInfo,
            @Nullable String ocspResult) {
        this(null, status, statusInfo, ocspResult);
    }

    @Override
    public String action() {
        return "GetCertificateStatus";
    }
}
