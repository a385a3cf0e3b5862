package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * StartTransaction.req (OCPP 1.6 §6.45).
 *
 * @param connectorId the connector the transaction runs on
 * @param idTag the identifier it started for, at most 20 characters
 * @param meterStart the energy register at the start, in Wh
 * @param reservationId the reservation it ends, if any
 * @param timestamp when it started
 */
public record StartTransactionRequest(
        int connectorId, String idTag, int meterStart, @Nullable Integer reservationId, DateTime timestamp)
        implements Ocpp16Request {
    public StartTransactionRequest {
        Checks.maxLength("idTag", idTag, 20);
        requireNonNull(timestamp, "timestamp");
    }

    @Override
    public String action() {
        return "StartTransaction";
    }
}
