package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * CertificateSigned.conf (OCPP 1.6 security extension).
 *
 * @param status whether the station installed the signed certificate
 */
public record CertificateSignedConfirmation(CertificateSignedStatusEnumType status) implements Ocpp16Confirmation {
    public CertificateSignedConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "CertificateSigned";
    }
}
