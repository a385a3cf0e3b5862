package org.ocppconnector.gateway.ocpp201;

import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CUSTOM_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.STATUS_INFO;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.DATA_TRANSFER_STATUS_ENUM_TYPE;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp201.message.DataTransferRequest;
import org.ocppconnector.gateway.ocpp201.message.DataTransferResponse;

/** Functional block P (Data Transfer) of OCPP 2.0.1 part 2: DataTransfer. */
final class DataTransferCodecs {

    static final ObjectCodec<DataTransferResponse> DATA_TRANSFER_RES = ObjectCodec.of(DataTransferResponse.class,
            in -> new DataTransferResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", DATA_TRANSFER_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO),
                    in.optAny("data")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), DATA_TRANSFER_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO)
                    .put("data", m.data()));

    static final ObjectCodec<DataTransferRequest> DATA_TRANSFER_REQ = ObjectCodec.of(DataTransferRequest.class,
            in -> new DataTransferRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optString("messageId"),
                    in.optAny("data"),
                    in.string("vendorId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("messageId", m.messageId())
                    .put("data", m.data())
                    .put("vendorId", m.vendorId()));

    private DataTransferCodecs() {}
}
