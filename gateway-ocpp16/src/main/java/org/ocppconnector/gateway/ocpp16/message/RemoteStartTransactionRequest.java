package org.ocppconnector.gateway.ocpp16.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * RemoteStartTransaction.req (OCPP 1.6 §6.33).
 *
 * @param connectorId the connector to start on; absent lets the station choose
 * @param idTag the identifier to start for, at most 20 characters
 * @param chargingProfile a {@code TxProfile} for the transaction
 */
public record RemoteStartTransactionRequest(
        @Nullable Integer connectorId, String idTag, @Nullable ChargingProfile chargingProfile)
        implements Ocpp16Request {
    public RemoteStartTransactionRequest {
        Checks.maxLength("idTag", idTag, 20);
    }

    @Override
    public String action() {
        return "RemoteStartTransaction";
    }
}
