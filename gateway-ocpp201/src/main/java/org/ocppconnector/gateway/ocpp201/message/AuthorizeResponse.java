package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * AuthorizeResponse (OCPP 2.0.1, functional block C Authorization): the CSMS's verdict on the idToken and, if one
 * was sent, on the contract certificate.
 *
 * @param customData vendor-specific data; optional
 * @param idTokenInfo the authorization of the idToken
 * @param certificateStatus the status of an ISO 15118 contract certificate checked in Authorize; optional
 */
public record AuthorizeResponse(
        @Nullable CustomData customData,
        IdTokenInfo idTokenInfo,
        @Nullable AuthorizeCertificateStatusEnumType certificateStatus)
        implements Ocpp201Response {
    public AuthorizeResponse {
        requireNonNull(idTokenInfo, "idTokenInfo");
    }

    /** Without customData. */
    public AuthorizeResponse(IdTokenInfo idTokenInfo, @Nullable AuthorizeCertificateStatusEnumType certificateStatus) {
        this(null, idTokenInfo, certificateStatus);
    }

    @Override
    public String action() {
        return "Authorize";
    }
}
