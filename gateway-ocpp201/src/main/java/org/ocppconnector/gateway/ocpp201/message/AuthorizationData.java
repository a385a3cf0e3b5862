package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * OCPP 2.0.1 AuthorizationData: one entry of a local authorization list update, an idToken with its authorization
 * (without one, the idToken is removed).
 *
 * @param customData vendor-specific data; optional
 * @param idToken the idToken
 * @param idTokenInfo the authorization of the idToken; optional
 */
public record AuthorizationData(@Nullable CustomData customData, IdToken idToken, @Nullable IdTokenInfo idTokenInfo) {
    public AuthorizationData {
        requireNonNull(idToken, "idToken");
    }

    /** Without customData. */
    public AuthorizationData(IdToken idToken, @Nullable IdTokenInfo idTokenInfo) {
        this(null, idToken, idTokenInfo);
    }
}
