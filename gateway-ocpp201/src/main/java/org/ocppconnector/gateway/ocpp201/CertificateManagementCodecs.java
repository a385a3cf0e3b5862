package org.ocppconnector.gateway.ocpp201;

import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CERTIFICATE_HASH_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CUSTOM_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.OCSP_REQUEST_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.STATUS_INFO;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CERTIFICATE_ACTION_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.DELETE_CERTIFICATE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.GET_CERTIFICATE_ID_USE_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.GET_CERTIFICATE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.GET_INSTALLED_CERTIFICATE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.INSTALL_CERTIFICATE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.INSTALL_CERTIFICATE_USE_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.ISO15118EV_CERTIFICATE_STATUS_ENUM_TYPE;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp201.message.CertificateHashDataChain;
import org.ocppconnector.gateway.ocpp201.message.DeleteCertificateRequest;
import org.ocppconnector.gateway.ocpp201.message.DeleteCertificateResponse;
import org.ocppconnector.gateway.ocpp201.message.Get15118EVCertificateRequest;
import org.ocppconnector.gateway.ocpp201.message.Get15118EVCertificateResponse;
import org.ocppconnector.gateway.ocpp201.message.GetCertificateStatusRequest;
import org.ocppconnector.gateway.ocpp201.message.GetCertificateStatusResponse;
import org.ocppconnector.gateway.ocpp201.message.GetInstalledCertificateIdsRequest;
import org.ocppconnector.gateway.ocpp201.message.GetInstalledCertificateIdsResponse;
import org.ocppconnector.gateway.ocpp201.message.InstallCertificateRequest;
import org.ocppconnector.gateway.ocpp201.message.InstallCertificateResponse;

/**
 * Functional block M (ISO 15118 Certificate Management) of OCPP 2.0.1 part 2: DeleteCertificate,
 * Get15118EVCertificate, GetCertificateStatus, GetInstalledCertificateIds, InstallCertificate.
 */
final class CertificateManagementCodecs {

    static final ObjectCodec<CertificateHashDataChain> CERTIFICATE_HASH_DATA_CHAIN = ObjectCodec.of(
            CertificateHashDataChain.class,
            in -> new CertificateHashDataChain(
                    in.optObject("customData", CUSTOM_DATA),
                    in.object("certificateHashData", CERTIFICATE_HASH_DATA),
                    in.enumValue("certificateType", GET_CERTIFICATE_ID_USE_ENUM_TYPE),
                    in.optArray("childCertificateHashData", CERTIFICATE_HASH_DATA, 1, 4)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("certificateHashData", m.certificateHashData(), CERTIFICATE_HASH_DATA)
                    .put("certificateType", m.certificateType(), GET_CERTIFICATE_ID_USE_ENUM_TYPE)
                    .putArray("childCertificateHashData", m.childCertificateHashData(), CERTIFICATE_HASH_DATA));

    static final ObjectCodec<DeleteCertificateResponse> DELETE_CERTIFICATE_RES = ObjectCodec.of(
            DeleteCertificateResponse.class,
            in -> new DeleteCertificateResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", DELETE_CERTIFICATE_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), DELETE_CERTIFICATE_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<DeleteCertificateRequest> DELETE_CERTIFICATE_REQ = ObjectCodec.of(
            DeleteCertificateRequest.class,
            in -> new DeleteCertificateRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.object("certificateHashData", CERTIFICATE_HASH_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("certificateHashData", m.certificateHashData(), CERTIFICATE_HASH_DATA));

    static final ObjectCodec<Get15118EVCertificateResponse> GET_15118_EV_CERTIFICATE_RES = ObjectCodec.of(
            Get15118EVCertificateResponse.class,
            in -> new Get15118EVCertificateResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", ISO15118EV_CERTIFICATE_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO),
                    in.string("exiResponse")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), ISO15118EV_CERTIFICATE_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO)
                    .put("exiResponse", m.exiResponse()));

    static final ObjectCodec<Get15118EVCertificateRequest> GET_15118_EV_CERTIFICATE_REQ = ObjectCodec.of(
            Get15118EVCertificateRequest.class,
            in -> new Get15118EVCertificateRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.string("iso15118SchemaVersion"),
                    in.enumValue("action", CERTIFICATE_ACTION_ENUM_TYPE),
                    in.string("exiRequest")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("iso15118SchemaVersion", m.iso15118SchemaVersion())
                    .put("action", m.certificateAction(), CERTIFICATE_ACTION_ENUM_TYPE)
                    .put("exiRequest", m.exiRequest()));

    static final ObjectCodec<GetCertificateStatusResponse> GET_CERTIFICATE_STATUS_RES = ObjectCodec.of(
            GetCertificateStatusResponse.class,
            in -> new GetCertificateStatusResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", GET_CERTIFICATE_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO),
                    in.optString("ocspResult")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), GET_CERTIFICATE_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO)
                    .put("ocspResult", m.ocspResult()));

    static final ObjectCodec<GetCertificateStatusRequest> GET_CERTIFICATE_STATUS_REQ = ObjectCodec.of(
            GetCertificateStatusRequest.class,
            in -> new GetCertificateStatusRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.object("ocspRequestData", OCSP_REQUEST_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("ocspRequestData", m.ocspRequestData(), OCSP_REQUEST_DATA));

    static final ObjectCodec<GetInstalledCertificateIdsResponse> GET_INSTALLED_CERTIFICATE_IDS_RES = ObjectCodec.of(
            GetInstalledCertificateIdsResponse.class,
            in -> new GetInstalledCertificateIdsResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", GET_INSTALLED_CERTIFICATE_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO),
                    in.optArray("certificateHashDataChain", CERTIFICATE_HASH_DATA_CHAIN, 1)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), GET_INSTALLED_CERTIFICATE_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO)
                    .putArray("certificateHashDataChain", m.certificateHashDataChain(), CERTIFICATE_HASH_DATA_CHAIN));

    static final ObjectCodec<GetInstalledCertificateIdsRequest> GET_INSTALLED_CERTIFICATE_IDS_REQ = ObjectCodec.of(
            GetInstalledCertificateIdsRequest.class,
            in -> new GetInstalledCertificateIdsRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optEnums("certificateType", GET_CERTIFICATE_ID_USE_ENUM_TYPE, 1, Integer.MAX_VALUE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .putEnums("certificateType", m.certificateType(), GET_CERTIFICATE_ID_USE_ENUM_TYPE));

    static final ObjectCodec<InstallCertificateResponse> INSTALL_CERTIFICATE_RES = ObjectCodec.of(
            InstallCertificateResponse.class,
            in -> new InstallCertificateResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", INSTALL_CERTIFICATE_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), INSTALL_CERTIFICATE_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<InstallCertificateRequest> INSTALL_CERTIFICATE_REQ = ObjectCodec.of(
            InstallCertificateRequest.class,
            in -> new InstallCertificateRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("certificateType", INSTALL_CERTIFICATE_USE_ENUM_TYPE),
                    in.string("certificate")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("certificateType", m.certificateType(), INSTALL_CERTIFICATE_USE_ENUM_TYPE)
                    .put("certificate", m.certificate()));

    private CertificateManagementCodecs() {}
}
