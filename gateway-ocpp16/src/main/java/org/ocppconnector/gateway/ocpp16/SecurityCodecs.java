package org.ocppconnector.gateway.ocpp16;

import static org.ocppconnector.gateway.ocpp16.EnumCodecs.CERTIFICATE_SIGNED_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.CERTIFICATE_USE_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.DELETE_CERTIFICATE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.FIRMWARE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.GENERIC_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.GET_INSTALLED_CERTIFICATE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.INSTALL_CERTIFICATE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.LOG_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.LOG_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.MESSAGE_TRIGGER_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.TRIGGER_MESSAGE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.UPDATE_FIRMWARE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.UPLOAD_LOG_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp16.TypeCodecs.CERTIFICATE_HASH_DATA;
import static org.ocppconnector.gateway.ocpp16.TypeCodecs.FIRMWARE;
import static org.ocppconnector.gateway.ocpp16.TypeCodecs.LOG_PARAMETERS;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp16.message.CertificateSignedConfirmation;
import org.ocppconnector.gateway.ocpp16.message.CertificateSignedRequest;
import org.ocppconnector.gateway.ocpp16.message.DeleteCertificateConfirmation;
import org.ocppconnector.gateway.ocpp16.message.DeleteCertificateRequest;
import org.ocppconnector.gateway.ocpp16.message.ExtendedTriggerMessageConfirmation;
import org.ocppconnector.gateway.ocpp16.message.ExtendedTriggerMessageRequest;
import org.ocppconnector.gateway.ocpp16.message.GetInstalledCertificateIdsConfirmation;
import org.ocppconnector.gateway.ocpp16.message.GetInstalledCertificateIdsRequest;
import org.ocppconnector.gateway.ocpp16.message.GetLogConfirmation;
import org.ocppconnector.gateway.ocpp16.message.GetLogRequest;
import org.ocppconnector.gateway.ocpp16.message.InstallCertificateConfirmation;
import org.ocppconnector.gateway.ocpp16.message.InstallCertificateRequest;
import org.ocppconnector.gateway.ocpp16.message.LogStatusNotificationConfirmation;
import org.ocppconnector.gateway.ocpp16.message.LogStatusNotificationRequest;
import org.ocppconnector.gateway.ocpp16.message.SecurityEventNotificationConfirmation;
import org.ocppconnector.gateway.ocpp16.message.SecurityEventNotificationRequest;
import org.ocppconnector.gateway.ocpp16.message.SignCertificateConfirmation;
import org.ocppconnector.gateway.ocpp16.message.SignCertificateRequest;
import org.ocppconnector.gateway.ocpp16.message.SignedFirmwareStatusNotificationConfirmation;
import org.ocppconnector.gateway.ocpp16.message.SignedFirmwareStatusNotificationRequest;
import org.ocppconnector.gateway.ocpp16.message.SignedUpdateFirmwareConfirmation;
import org.ocppconnector.gateway.ocpp16.message.SignedUpdateFirmwareRequest;

/** The 11 actions of the security extension ("Improved security for OCPP 1.6-J" whitepaper). */
final class SecurityCodecs {

    static final ObjectCodec<SignCertificateRequest> SIGN_CERTIFICATE_REQ = ObjectCodec.of(
            SignCertificateRequest.class,
            in -> new SignCertificateRequest(in.string("csr")),
            (m, out) -> out.put("csr", m.csr()));

    static final ObjectCodec<SignCertificateConfirmation> SIGN_CERTIFICATE_CONF = ObjectCodec.of(
            SignCertificateConfirmation.class,
            in -> new SignCertificateConfirmation(in.enumValue("status", GENERIC_STATUS_ENUM_TYPE)),
            (m, out) -> out.put("status", m.status(), GENERIC_STATUS_ENUM_TYPE));

    static final ObjectCodec<CertificateSignedRequest> CERTIFICATE_SIGNED_REQ = ObjectCodec.of(
            CertificateSignedRequest.class,
            in -> new CertificateSignedRequest(in.string("certificateChain")),
            (m, out) -> out.put("certificateChain", m.certificateChain()));

    static final ObjectCodec<CertificateSignedConfirmation> CERTIFICATE_SIGNED_CONF = ObjectCodec.of(
            CertificateSignedConfirmation.class,
            in -> new CertificateSignedConfirmation(in.enumValue("status", CERTIFICATE_SIGNED_STATUS_ENUM_TYPE)),
            (m, out) -> out.put("status", m.status(), CERTIFICATE_SIGNED_STATUS_ENUM_TYPE));

    static final ObjectCodec<InstallCertificateRequest> INSTALL_CERTIFICATE_REQ = ObjectCodec.of(
            InstallCertificateRequest.class,
            in -> new InstallCertificateRequest(
                    in.enumValue("certificateType", CERTIFICATE_USE_ENUM_TYPE),
                    in.string("certificate")),
            (m, out) -> out
                    .put("certificateType", m.certificateType(), CERTIFICATE_USE_ENUM_TYPE)
                    .put("certificate", m.certificate()));

    static final ObjectCodec<InstallCertificateConfirmation> INSTALL_CERTIFICATE_CONF = ObjectCodec.of(
            InstallCertificateConfirmation.class,
            in -> new InstallCertificateConfirmation(in.enumValue("status", INSTALL_CERTIFICATE_STATUS_ENUM_TYPE)),
            (m, out) -> out.put("status", m.status(), INSTALL_CERTIFICATE_STATUS_ENUM_TYPE));

    static final ObjectCodec<DeleteCertificateRequest> DELETE_CERTIFICATE_REQ = ObjectCodec.of(
            DeleteCertificateRequest.class,
            in -> new DeleteCertificateRequest(in.object("certificateHashData", CERTIFICATE_HASH_DATA)),
            (m, out) -> out.put("certificateHashData", m.certificateHashData(), CERTIFICATE_HASH_DATA));

    static final ObjectCodec<DeleteCertificateConfirmation> DELETE_CERTIFICATE_CONF = ObjectCodec.of(
            DeleteCertificateConfirmation.class,
            in -> new DeleteCertificateConfirmation(in.enumValue("status", DELETE_CERTIFICATE_STATUS_ENUM_TYPE)),
            (m, out) -> out.put("status", m.status(), DELETE_CERTIFICATE_STATUS_ENUM_TYPE));

    static final ObjectCodec<GetInstalledCertificateIdsRequest> GET_INSTALLED_CERTIFICATE_IDS_REQ = ObjectCodec.of(
            GetInstalledCertificateIdsRequest.class,
            in -> new GetInstalledCertificateIdsRequest(in.enumValue("certificateType", CERTIFICATE_USE_ENUM_TYPE)),
            (m, out) -> out.put("certificateType", m.certificateType(), CERTIFICATE_USE_ENUM_TYPE));

    static final ObjectCodec<GetInstalledCertificateIdsConfirmation> GET_INSTALLED_CERTIFICATE_IDS_CONF =
            ObjectCodec.of(GetInstalledCertificateIdsConfirmation.class,
                    in -> new GetInstalledCertificateIdsConfirmation(
                            in.optArray("certificateHashData", CERTIFICATE_HASH_DATA, 1),
                            in.enumValue("status", GET_INSTALLED_CERTIFICATE_STATUS_ENUM_TYPE)),
                    (m, out) -> out
                            .putArray("certificateHashData", m.certificateHashData(), CERTIFICATE_HASH_DATA)
                            .put("status", m.status(), GET_INSTALLED_CERTIFICATE_STATUS_ENUM_TYPE));

    static final ObjectCodec<GetLogRequest> GET_LOG_REQ = ObjectCodec.of(GetLogRequest.class,
            in -> new GetLogRequest(
                    in.object("log", LOG_PARAMETERS),
                    in.enumValue("logType", LOG_ENUM_TYPE),
                    in.integer("requestId"),
                    in.optInteger("retries"),
                    in.optInteger("retryInterval")),
            (m, out) -> out
                    .put("log", m.log(), LOG_PARAMETERS)
                    .put("logType", m.logType(), LOG_ENUM_TYPE)
                    .put("requestId", m.requestId())
                    .put("retries", m.retries())
                    .put("retryInterval", m.retryInterval()));

    static final ObjectCodec<GetLogConfirmation> GET_LOG_CONF = ObjectCodec.of(GetLogConfirmation.class,
            in -> new GetLogConfirmation(
                    in.enumValue("status", LOG_STATUS_ENUM_TYPE),
                    in.optString("filename")),
            (m, out) -> out
                    .put("status", m.status(), LOG_STATUS_ENUM_TYPE)
                    .put("filename", m.filename()));

    static final ObjectCodec<LogStatusNotificationRequest> LOG_STATUS_NOTIFICATION_REQ = ObjectCodec.of(
            LogStatusNotificationRequest.class,
            in -> new LogStatusNotificationRequest(
                    in.enumValue("status", UPLOAD_LOG_STATUS_ENUM_TYPE),
                    in.optInteger("requestId")),
            (m, out) -> out
                    .put("status", m.status(), UPLOAD_LOG_STATUS_ENUM_TYPE)
                    .put("requestId", m.requestId()));

    static final ObjectCodec<LogStatusNotificationConfirmation> LOG_STATUS_NOTIFICATION_CONF = ObjectCodec.of(
            LogStatusNotificationConfirmation.class,
            in -> new LogStatusNotificationConfirmation(),
            (m, out) -> {});

    static final ObjectCodec<SecurityEventNotificationRequest> SECURITY_EVENT_NOTIFICATION_REQ = ObjectCodec.of(
            SecurityEventNotificationRequest.class,
            in -> new SecurityEventNotificationRequest(
                    in.string("type"),
                    in.dateTime("timestamp"),
                    in.optString("techInfo")),
            (m, out) -> out
                    .put("type", m.type())
                    .put("timestamp", m.timestamp())
                    .put("techInfo", m.techInfo()));

    static final ObjectCodec<SecurityEventNotificationConfirmation> SECURITY_EVENT_NOTIFICATION_CONF =
            ObjectCodec.of(SecurityEventNotificationConfirmation.class,
                    in -> new SecurityEventNotificationConfirmation(),
                    (m, out) -> {});

    static final ObjectCodec<SignedUpdateFirmwareRequest> SIGNED_UPDATE_FIRMWARE_REQ = ObjectCodec.of(
            SignedUpdateFirmwareRequest.class,
            in -> new SignedUpdateFirmwareRequest(
                    in.optInteger("retries"),
                    in.optInteger("retryInterval"),
                    in.integer("requestId"),
                    in.object("firmware", FIRMWARE)),
            (m, out) -> out
                    .put("retries", m.retries())
                    .put("retryInterval", m.retryInterval())
                    .put("requestId", m.requestId())
                    .put("firmware", m.firmware(), FIRMWARE));

    static final ObjectCodec<SignedUpdateFirmwareConfirmation> SIGNED_UPDATE_FIRMWARE_CONF = ObjectCodec.of(
            SignedUpdateFirmwareConfirmation.class,
            in -> new SignedUpdateFirmwareConfirmation(in.enumValue("status", UPDATE_FIRMWARE_STATUS_ENUM_TYPE)),
            (m, out) -> out.put("status", m.status(), UPDATE_FIRMWARE_STATUS_ENUM_TYPE));

    static final ObjectCodec<SignedFirmwareStatusNotificationRequest> SIGNED_FIRMWARE_STATUS_NOTIFICATION_REQ =
            ObjectCodec.of(SignedFirmwareStatusNotificationRequest.class,
                    in -> new SignedFirmwareStatusNotificationRequest(
                            in.enumValue("status", FIRMWARE_STATUS_ENUM_TYPE),
                            in.optInteger("requestId")),
                    (m, out) -> out
                            .put("status", m.status(), FIRMWARE_STATUS_ENUM_TYPE)
                            .put("requestId", m.requestId()));

    static final ObjectCodec<SignedFirmwareStatusNotificationConfirmation> SIGNED_FIRMWARE_STATUS_NOTIFICATION_CONF =
            ObjectCodec.of(SignedFirmwareStatusNotificationConfirmation.class,
                    in -> new SignedFirmwareStatusNotificationConfirmation(),
                    (m, out) -> {});

    static final ObjectCodec<ExtendedTriggerMessageRequest> EXTENDED_TRIGGER_MESSAGE_REQ = ObjectCodec.of(
            ExtendedTriggerMessageRequest.class,
            in -> new ExtendedTriggerMessageRequest(
                    in.enumValue("requestedMessage", MESSAGE_TRIGGER_ENUM_TYPE),
                    in.optInteger("connectorId")),
            (m, out) -> out
                    .put("requestedMessage", m.requestedMessage(), MESSAGE_TRIGGER_ENUM_TYPE)
                    .put("connectorId", m.connectorId()));

    static final ObjectCodec<ExtendedTriggerMessageConfirmation> EXTENDED_TRIGGER_MESSAGE_CONF = ObjectCodec.of(
            ExtendedTriggerMessageConfirmation.class,
            in -> new ExtendedTriggerMessageConfirmation(in.enumValue("status", TRIGGER_MESSAGE_STATUS_ENUM_TYPE)),
            (m, out) -> out.put("status", m.status(), TRIGGER_MESSAGE_STATUS_ENUM_TYPE));

    private SecurityCodecs() {}
}
