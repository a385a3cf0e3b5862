package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * RequestStartTransactionRequest (OCPP 2.0.1, functional block F Remote Control): the CSMS asks the station to
 * start a transaction for an idToken.
 *
 * @param customData vendor-specific data; optional
 * @param evseId the EVSE, counted from 1 (0: the whole station); optional
 * @param groupIdToken the group the idToken belongs to; optional
 * @param idToken the idToken to start the transaction for
 * @param remoteStartId the id the CSMS gave the request that started the transaction
 * @param chargingProfile the charging profile; optional
 */
public record RequestStartTransactionRequest(
        @Nullable CustomData customData,
        @Nullable Integer evseId,
        @Nullable IdToken groupIdToken,
        IdToken idToken,
        int remoteStartId,
        @Nullable ChargingProfile chargingProfile)
        implements Ocpp201Request {
    public RequestStartTransactionRequest {
        requireNonNull(idToken, "idToken");
    }

    /** Without customData. */
    public RequestStartTransactionRequest(
            @Nullable Integer evseId,
            @Nullable IdToken groupIdToken,
            IdToken idToken,
            int remoteStartId,
            @Nullable ChargingProfile chargingProfile) {
        this(null, evseId, groupIdToken, idToken, remoteStartId, chargingProfile);
    }

    @Override
    public String action() {
        return "RequestStartTransaction";
    }
}
