package org.ocppconnector.gateway.ocpp201;

import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CUSTOM_DATA;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp201.message.CostUpdatedRequest;
import org.ocppconnector.gateway.ocpp201.message.CostUpdatedResponse;

/** Functional block I (Tariff And Cost) of OCPP 2.0.1 part 2: CostUpdated. */
final class TariffAndCostCodecs {

    static final ObjectCodec<CostUpdatedResponse> COST_UPDATED_RES = ObjectCodec.of(CostUpdatedResponse.class,
            in -> new CostUpdatedResponse(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    static final ObjectCodec<CostUpdatedRequest> COST_UPDATED_REQ = ObjectCodec.of(CostUpdatedRequest.class,
            in -> new CostUpdatedRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.decimal("totalCost"),
                    in.string("transactionId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("totalCost", m.totalCost())
                    .put("transactionId", m.transactionId()));

    private TariffAndCostCodecs() {}
}
