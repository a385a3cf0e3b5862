package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * GetInstalledCertificateIds.req (OCPP 1.6 security extension).
 *
 * @param certificateType which kind of root certificates to list
 */
public record GetInstalledCertificateIdsRequest(CertificateUseEnumType certificateType) implements Ocpp16Request {
    public GetInstalledCertificateIdsRequest {
        requireNonNull(certificateType, "certificateType");
    }

    @Override
    public String action() {
        return "GetInstalledCertificateIds";
    }
}
