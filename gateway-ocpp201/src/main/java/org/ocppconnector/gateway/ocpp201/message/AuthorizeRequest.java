package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * AuthorizeRequest (OCPP 2.0.1, functional block C Authorization): the station asks whether an idToken (and, for
 * ISO 15118, a contract certificate) may be used.
 *
 * @param customData vendor-specific data; optional
 * @param idToken the idToken to authorize
 * @param certificate the contract certificate the EV presented, PEM encoded; at most 5500 characters, optional
 * @param iso15118CertificateHashData the data to check the contract certificate's status with OCSP; 1 to 4 items,
 *     optional
 */
public record AuthorizeRequest(
        @Nullable CustomData customData,
        IdToken idToken,
        @Nullable String certificate,
        @Nullable List<OCSPRequestData> iso15118CertificateHashData)
        implements Ocpp201Request {
    public AuthorizeRequest {
        requireNonNull(idToken, "idToken");
        Checks.maxLengthOrNull("certificate", certificate, 5500);
        iso15118CertificateHashData =
                Checks.itemsOrNull("iso15118CertificateHashData", iso15118CertificateHashData, 1, 4);
    }

    /** Without customData. */
    public AuthorizeRequest(
            IdToken idToken,
            @Nullable String certificate,
            @Nullable List<OCSPRequestData> iso15118CertificateHashData) {
        this(null, idToken, certificate, iso15118CertificateHashData);
    }

    @Override
    public String action() {
        return "Authorize";
    }
}
