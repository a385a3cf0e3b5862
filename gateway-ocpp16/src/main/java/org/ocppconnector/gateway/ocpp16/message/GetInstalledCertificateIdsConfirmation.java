package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * GetInstalledCertificateIds.conf (OCPP 1.6 security extension).
 *
 * @param certificateHashData the installed certificates; if present, at least one (the schema's minItems)
 * @param status whether any were found
 */
public record GetInstalledCertificateIdsConfirmation(
        @Nullable List<CertificateHashData> certificateHashData, GetInstalledCertificateStatusEnumType status)
        implements Ocpp16Confirmation {
    public GetInstalledCertificateIdsConfirmation {
        certificateHashData = Checks.minItemsOrNull("certificateHashData", certificateHashData, 1);
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "GetInstalledCertificateIds";
    }
}
