package org.ocppconnector.gateway.ocpp16.message;

import org.jspecify.annotations.Nullable;

/**
 * StopTransaction.conf (OCPP 1.6 §6.50).
 *
 * @param idTagInfo the status of the idTag in the request, if it had one
 */
public record StopTransactionConfirmation(@Nullable IdTagInfo idTagInfo) implements Ocpp16Confirmation {
    @Override
    public String action() {
        return "StopTransaction";
    }
}
