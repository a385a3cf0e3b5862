package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * StopTransaction.req (OCPP 1.6 §6.49).
 *
 * @param idTag the identifier that stopped it, at most 20 characters; absent if not stopped by one
 * @param meterStop the energy register at the end, in Wh
 * @param timestamp when it stopped
 * @param transactionId the transaction
 * @param reason why it stopped; absent means {@code Local}
 * @param transactionData meter values taken during the transaction
 */
public record StopTransactionRequest(
        @Nullable String idTag,
        int meterStop,
        DateTime timestamp,
        int transactionId,
        @Nullable Reason reason,
        @Nullable List<MeterValue> transactionData)
        implements Ocpp16Request {
    public StopTransactionRequest {
        Checks.maxLengthOrNull("idTag", idTag, 20);
        requireNonNull(timestamp, "timestamp");
        transactionData = Checks.listOrNull(transactionData);
    }

    /** The reason, or {@code Local}: §6.49 lets a station omit the reason only when it is Local. */
    public Reason reasonOrDefault() {
        return reason == null ? Reason.LOCAL : reason;
    }

    @Override
    public String action() {
        return "StopTransaction";
    }
}
