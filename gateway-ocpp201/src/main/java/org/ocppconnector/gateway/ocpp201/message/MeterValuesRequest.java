package org.ocppconnector.gateway.ocpp201.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * MeterValuesRequest (OCPP 2.0.1, functional block J Meter Values): the station sends meter values taken outside a
 * transaction.
 *
 * @param customData vendor-specific data; optional
 * @param evseId the EVSE, counted from 1 (0: the whole station)
 * @param meterValue the meter values; at least 1 item
 */
public record MeterValuesRequest(
        @Nullable CustomData customData,
        int evseId,
        List<MeterValue> meterValue)
        implements Ocpp201Request {
    public MeterValuesRequest {
        meterValue = Checks.minItems("meterValue", meterValue, 1);
    }

    /** Without customData. */
    public MeterValuesRequest(int evseId, List<MeterValue> meterValue) {
        this(null, evseId, meterValue);
    }

    @Override
    public String action() {
        return "MeterValues";
    }
}
