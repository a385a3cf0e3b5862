package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * SignCertificate.conf (OCPP 1.6 security extension).
 *
 * @param status whether the central system will have the CSR signed
 */
public record SignCertificateConfirmation(GenericStatusEnumType status) implements Ocpp16Confirmation {
    public SignCertificateConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "SignCertificate";
    }
}
