package org.ocppconnector.gateway.ocpp201;

import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CUSTOM_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.ID_TOKEN;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.ID_TOKEN_INFO;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.OCSP_REQUEST_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.STATUS_INFO;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.AUTHORIZE_CERTIFICATE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CLEAR_CACHE_STATUS_ENUM_TYPE;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp201.message.AuthorizeRequest;
import org.ocppconnector.gateway.ocpp201.message.AuthorizeResponse;
import org.ocppconnector.gateway.ocpp201.message.ClearCacheRequest;
import org.ocppconnector.gateway.ocpp201.message.ClearCacheResponse;

/** Functional block C (Authorization) of OCPP 2.0.1 part 2: Authorize, ClearCache. */
final class AuthorizationCodecs {

    static final ObjectCodec<AuthorizeResponse> AUTHORIZE_RES = ObjectCodec.of(AuthorizeResponse.class,
            in -> new AuthorizeResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.object("idTokenInfo", ID_TOKEN_INFO),
                    in.optEnum("certificateStatus", AUTHORIZE_CERTIFICATE_STATUS_ENUM_TYPE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("idTokenInfo", m.idTokenInfo(), ID_TOKEN_INFO)
                    .put("certificateStatus", m.certificateStatus(), AUTHORIZE_CERTIFICATE_STATUS_ENUM_TYPE));

    static final ObjectCodec<AuthorizeRequest> AUTHORIZE_REQ = ObjectCodec.of(AuthorizeRequest.class,
            in -> new AuthorizeRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.object("idToken", ID_TOKEN),
                    in.optString("certificate"),
                    in.optArray("iso15118CertificateHashData", OCSP_REQUEST_DATA, 1, 4)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("idToken", m.idToken(), ID_TOKEN)
                    .put("certificate", m.certificate())
                    .putArray("iso15118CertificateHashData", m.iso15118CertificateHashData(), OCSP_REQUEST_DATA));

    static final ObjectCodec<ClearCacheResponse> CLEAR_CACHE_RES = ObjectCodec.of(ClearCacheResponse.class,
            in -> new ClearCacheResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", CLEAR_CACHE_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), CLEAR_CACHE_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<ClearCacheRequest> CLEAR_CACHE_REQ = ObjectCodec.of(ClearCacheRequest.class,
            in -> new ClearCacheRequest(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    private AuthorizationCodecs() {}
}
