package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * ReserveNow.req (OCPP 1.6 §6.37).
 *
 * @param connectorId the connector to reserve, or 0 for any
 * @param expiryDate when the reservation ends
 * @param idTag the identifier to reserve for, at most 20 characters
 * @param parentIdTag its group, at most 20 characters
 * @param reservationId the reservation's id
 */
public record ReserveNowRequest(
        int connectorId, DateTime expiryDate, String idTag, @Nullable String parentIdTag, int reservationId)
        implements Ocpp16Request {
    public ReserveNowRequest {
        requireNonNull(expiryDate, "expiryDate");
        Checks.maxLength("idTag", idTag, 20);
        Checks.maxLengthOrNull("parentIdTag", parentIdTag, 20);
    }

    @Override
    public String action() {
        return "ReserveNow";
    }
}
