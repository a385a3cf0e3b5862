package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * DeleteCertificate.conf (OCPP 1.6 security extension).
 *
 * @param status whether the certificate was deleted
 */
public record DeleteCertificateConfirmation(DeleteCertificateStatusEnumType status) implements Ocpp16Confirmation {
    public DeleteCertificateConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "DeleteCertificate";
    }
}
