package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * InstallCertificate.conf (OCPP 1.6 security extension).
 *
 * @param status whether the root certificate was installed
 */
public record InstallCertificateConfirmation(InstallCertificateStatusEnumType status) implements Ocpp16Confirmation {
    public InstallCertificateConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "InstallCertificate";
    }
}
