package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * ReserveNowRequest (OCPP 2.0.1, functional block H Reservation): the CSMS reserves an EVSE, or a connector type,
 * for an idToken.
 *
 * @param customData vendor-specific data; optional
 * @param id the id of the reservation
 * @param expiryDateTime when the reservation expires
 * @param connectorType a connector type, c for a cable, s for a socket, w for wireless; optional
 * @param idToken the idToken to reserve for
 * @param evseId the EVSE, counted from 1 (0: the whole station); optional
 * @param groupIdToken the group the idToken belongs to; optional
 */
public record ReserveNowRequest(
        @Nullable CustomData customData,
        int id,
        DateTime expiryDateTime,
        @Nullable ConnectorEnumType connectorType,
        IdToken idToken,
        @Nullable Integer evseId,
        @Nullable IdToken groupIdToken)
        implements Ocpp201Request {
    public ReserveNowRequest {
        requireNonNull(expiryDateTime, "expiryDateTime");
        requireNonNull(idToken, "idToken");
    }

    /** Without customData. */
    public ReserveNowRequest(
            int id,
            DateTime expiryDateTime,
            @Nullable ConnectorEnumType connectorType,
            IdToken idToken,
            @Nullable Integer evseId,
            @Nullable IdToken groupIdToken) {
        this(null, id, expiryDateTime, connectorType, idToken, evseId, groupIdToken);
    }

    @Override
    public String action() {
        return "ReserveNow";
    }
}
