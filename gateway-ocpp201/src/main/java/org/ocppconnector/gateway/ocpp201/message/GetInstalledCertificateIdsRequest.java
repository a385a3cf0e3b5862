package org.ocppconnector.gateway.ocpp201.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * GetInstalledCertificateIdsRequest (OCPP 2.0.1, functional block M ISO 15118 Certificate Management): the CSMS
 * asks for the hash data of installed certificates.
 *
 * @param customData vendor-specific data; optional
 * @param certificateType the types of certificates to report; absent: all; at least 1 item, optional
 */
public record GetInstalledCertificateIdsRequest(
        @Nullable CustomData customData,
        @Nullable List<GetCertificateIdUseEnumType> certificateType)
        implements Ocpp201Request {
    public GetInstalledCertificateIdsRequest {
        certificateType = Checks.minItemsOrNull("certificateType", certificateType, 1);
    }

    /** Without customData. */
    public GetInstalledCertificateIdsRequest(@Nullable List<GetCertificateIdUseEnumType> certificateType) {
        this(null, certificateType);
    }

    @Override
    public String action() {
        return "GetInstalledCertificateIds";
    }
}
