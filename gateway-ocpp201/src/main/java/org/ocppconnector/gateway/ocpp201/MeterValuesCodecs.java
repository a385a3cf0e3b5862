package org.ocppconnector.gateway.ocpp201;

import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CUSTOM_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.METER_VALUE;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp201.message.MeterValuesRequest;
import org.ocppconnector.gateway.ocpp201.message.MeterValuesResponse;

/** Functional block J (Meter Values) of OCPP 2.0.1 part 2: MeterValues. */
final class MeterValuesCodecs {

    static final ObjectCodec<MeterValuesResponse> METER_VALUES_RES = ObjectCodec.of(MeterValuesResponse.class,
            in -> new MeterValuesResponse(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    static final ObjectCodec<MeterValuesRequest> METER_VALUES_REQ = ObjectCodec.of(MeterValuesRequest.class,
            in -> new MeterValuesRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("evseId"),
                    in.array("meterValue", METER_VALUE, 1)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("evseId", m.evseId())
                    .putArray("meterValue", m.meterValue(), METER_VALUE));

    private MeterValuesCodecs() {}
}
