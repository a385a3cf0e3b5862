package org.ocppconnector.gateway.ocpp16.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * MeterValues.req (OCPP 1.6 §6.31).
 *
 * @param connectorId the connector sampled, or 0 for the main meter
 * @param transactionId the transaction the values belong to, if any
 * @param meterValue the samples
 */
public record MeterValuesRequest(int connectorId, @Nullable Integer transactionId, List<MeterValue> meterValue)
        implements Ocpp16Request {
    public MeterValuesRequest {
        meterValue = Checks.list("meterValue", meterValue);
    }

    @Override
    public String action() {
        return "MeterValues";
    }
}
