package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * GetInstalledCertificateIdsResponse (OCPP 2.0.1, functional block M ISO 15118 Certificate Management): the hash
 * data found.
 *
 * @param customData vendor-specific data; optional
 * @param status whether installed certificates were found
 * @param statusInfo more about the status; optional
 * @param certificateHashDataChain the certificates found; at least 1 item, optional
 */
public record GetInstalledCertificateIdsResponse(
        @Nullable CustomData customData,
        GetInstalledCertificateStatusEnumType status,
        @Nullable StatusInfo statusInfo,
        @Nullable List<CertificateHashDataChain> certificateHashDataChain)
        implements Ocpp201Response {
    public GetInstalledCertificateIdsResponse {
        requireNonNull(status, "status");
        certificateHashDataChain = Checks.minItemsOrNull("certificateHashDataChain", certificateHashDataChain, 1);
    }

    /** Without customData. */
    public GetInstalledCertificateIdsResponse(
            GetInstalledCertificateStatusEnumType status,
            @Nullable StatusInfo statusInfo,
            @Nullable List<CertificateHashDataChain> certificateHashDataChain) {
        this(null, status, statusInfo, certificateHashDataChain);
    }

    @Override
    public String action() {
        return "GetInstalledCertificateIds";
    }
}
