package org.ocppconnector.gateway.ocpp201;

import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CUSTOM_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.STATUS_INFO;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CERTIFICATE_SIGNED_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.CERTIFICATE_SIGNING_USE_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.GENERIC_STATUS_ENUM_TYPE;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp201.message.CertificateSignedRequest;
import org.ocppconnector.gateway.ocpp201.message.CertificateSignedResponse;
import org.ocppconnector.gateway.ocpp201.message.SecurityEventNotificationRequest;
import org.ocppconnector.gateway.ocpp201.message.SecurityEventNotificationResponse;
import org.ocppconnector.gateway.ocpp201.message.SignCertificateRequest;
import org.ocppconnector.gateway.ocpp201.message.SignCertificateResponse;

/**
 * Functional block A (Security) of OCPP 2.0.1 part 2: CertificateSigned, SecurityEventNotification,
 * SignCertificate.
 */
final class SecurityCodecs {

    static final ObjectCodec<CertificateSignedResponse> CERTIFICATE_SIGNED_RES = ObjectCodec.of(
            CertificateSignedResponse.class,
            in -> new CertificateSignedResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", CERTIFICATE_SIGNED_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), CERTIFICATE_SIGNED_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<CertificateSignedRequest> CERTIFICATE_SIGNED_REQ = ObjectCodec.of(
            CertificateSignedRequest.class,
            in -> new CertificateSignedRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.string("certificateChain"),
                    in.optEnum("certificateType", CERTIFICATE_SIGNING_USE_ENUM_TYPE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("certificateChain", m.certificateChain())
                    .put("certificateType", m.certificateType(), CERTIFICATE_SIGNING_USE_ENUM_TYPE));

    static final ObjectCodec<SecurityEventNotificationResponse> SECURITY_EVENT_NOTIFICATION_RES = ObjectCodec.of(
            SecurityEventNotificationResponse.class,
            in -> new SecurityEventNotificationResponse(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    static final ObjectCodec<SecurityEventNotificationRequest> SECURITY_EVENT_NOTIFICATION_REQ = ObjectCodec.of(
            SecurityEventNotificationRequest.class,
            in -> new SecurityEventNotificationRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.string("type"),
                    in.dateTime("timestamp"),
                    in.optString("techInfo")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("type", m.type())
                    .put("timestamp", m.timestamp())
                    .put("techInfo", m.techInfo()));

    static final ObjectCodec<SignCertificateResponse> SIGN_CERTIFICATE_RES = ObjectCodec.of(
            SignCertificateResponse.class,
            in -> new SignCertificateResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", GENERIC_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), GENERIC_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<SignCertificateRequest> SIGN_CERTIFICATE_REQ = ObjectCodec.of(SignCertificateRequest.class,
            in -> new SignCertificateRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.string("csr"),
                    in.optEnum("certificateType", CERTIFICATE_SIGNING_USE_ENUM_TYPE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("csr", m.csr())
                    .put("certificateType", m.certificateType(), CERTIFICATE_SIGNING_USE_ENUM_TYPE));

    private SecurityCodecs() {}
}
