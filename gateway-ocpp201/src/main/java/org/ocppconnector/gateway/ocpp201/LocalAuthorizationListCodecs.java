package org.ocppconnector.gateway.ocpp201;

import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CUSTOM_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.ID_TOKEN;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.ID_TOKEN_INFO;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.STATUS_INFO;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.SEND_LOCAL_LIST_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.UPDATE_ENUM_TYPE;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp201.message.AuthorizationData;
import org.ocppconnector.gateway.ocpp201.message.GetLocalListVersionRequest;
import org.ocppconnector.gateway.ocpp201.message.GetLocalListVersionResponse;
import org.ocppconnector.gateway.ocpp201.message.SendLocalListRequest;
import org.ocppconnector.gateway.ocpp201.message.SendLocalListResponse;

/**
 * Functional block D (Local Authorization List Management) of OCPP 2.0.1 part 2: GetLocalListVersion,
 * SendLocalList.
 */
final class LocalAuthorizationListCodecs {

    static final ObjectCodec<AuthorizationData> AUTHORIZATION_DATA = ObjectCodec.of(AuthorizationData.class,
            in -> new AuthorizationData(
                    in.optObject("customData", CUSTOM_DATA),
                    in.object("idToken", ID_TOKEN),
                    in.optObject("idTokenInfo", ID_TOKEN_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("idToken", m.idToken(), ID_TOKEN)
                    .put("idTokenInfo", m.idTokenInfo(), ID_TOKEN_INFO));

    static final ObjectCodec<GetLocalListVersionResponse> GET_LOCAL_LIST_VERSION_RES = ObjectCodec.of(
            GetLocalListVersionResponse.class,
            in -> new GetLocalListVersionResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.integer("versionNumber")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("versionNumber", m.versionNumber()));

    static final ObjectCodec<GetLocalListVersionRequest> GET_LOCAL_LIST_VERSION_REQ = ObjectCodec.of(
            GetLocalListVersionRequest.class,
            in -> new GetLocalListVersionRequest(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    static final ObjectCodec<SendLocalListResponse> SEND_LOCAL_LIST_RES = ObjectCodec.of(SendLocalListResponse.class,
            in -> new SendLocalListResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", SEND_LOCAL_LIST_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), SEND_LOCAL_LIST_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<SendLocalListRequest> SEND_LOCAL_LIST_REQ = ObjectCodec.of(SendLocalListRequest.class,
            in -> new SendLocalListRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optArray("localAuthorizationList", AUTHORIZATION_DATA, 1),
                    in.integer("versionNumber"),
                    in.enumValue("updateType", UPDATE_ENUM_TYPE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putArray("localAuthorizationList", m.localAuthorizationList(), AUTHORIZATION_DATA)
                    .put("versionNumber", m.versionNumber())
                    .put("updateType", m.updateType(), UPDATE_ENUM_TYPE));

    private LocalAuthorizationListCodecs() {}
}
