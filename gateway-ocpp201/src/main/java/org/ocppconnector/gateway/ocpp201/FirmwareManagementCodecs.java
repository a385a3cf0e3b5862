package org.ocppconnector.gateway.ocpp201;

import static org.ocppconnector.gateway.ocpp201.CommonCodecs.CUSTOM_DATA;
import static org.ocppconnector.gateway.ocpp201.CommonCodecs.STATUS_INFO;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.FIRMWARE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.GENERIC_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.PUBLISH_FIRMWARE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.UNPUBLISH_FIRMWARE_STATUS_ENUM_TYPE;
import static org.ocppconnector.gateway.ocpp201.EnumCodecs.UPDATE_FIRMWARE_STATUS_ENUM_TYPE;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp201.message.Firmware;
import org.ocppconnector.gateway.ocpp201.message.FirmwareStatusNotificationRequest;
import org.ocppconnector.gateway.ocpp201.message.FirmwareStatusNotificationResponse;
import org.ocppconnector.gateway.ocpp201.message.PublishFirmwareRequest;
import org.ocppconnector.gateway.ocpp201.message.PublishFirmwareResponse;
import org.ocppconnector.gateway.ocpp201.message.PublishFirmwareStatusNotificationRequest;
import org.ocppconnector.gateway.ocpp201.message.PublishFirmwareStatusNotificationResponse;
import org.ocppconnector.gateway.ocpp201.message.UnpublishFirmwareRequest;
import org.ocppconnector.gateway.ocpp201.message.UnpublishFirmwareResponse;
import org.ocppconnector.gateway.ocpp201.message.UpdateFirmwareRequest;
import org.ocppconnector.gateway.ocpp201.message.UpdateFirmwareResponse;

/**
 * Functional block L (Firmware Management) of OCPP 2.0.1 part 2: FirmwareStatusNotification, PublishFirmware,
 * PublishFirmwareStatusNotification, UnpublishFirmware, UpdateFirmware.
 */
final class FirmwareManagementCodecs {

    static final ObjectCodec<Firmware> FIRMWARE = ObjectCodec.of(Firmware.class,
            in -> new Firmware(
                    in.optObject("customData", CUSTOM_DATA),
                    in.string("location"),
                    in.dateTime("retrieveDateTime"),
                    in.optDateTime("installDateTime"),
                    in.optString("signingCertificate"),
                    in.optString("signature")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("location", m.location())
                    .put("retrieveDateTime", m.retrieveDateTime())
                    .put("installDateTime", m.installDateTime())
                    .put("signingCertificate", m.signingCertificate())
                    .put("signature", m.signature()));

    static final ObjectCodec<FirmwareStatusNotificationResponse> FIRMWARE_STATUS_NOTIFICATION_RES = ObjectCodec.of(
            FirmwareStatusNotificationResponse.class,
            in -> new FirmwareStatusNotificationResponse(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    static final ObjectCodec<FirmwareStatusNotificationRequest> FIRMWARE_STATUS_NOTIFICATION_REQ = ObjectCodec.of(
            FirmwareStatusNotificationRequest.class,
            in -> new FirmwareStatusNotificationRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", FIRMWARE_STATUS_ENUM_TYPE),
                    in.optInteger("requestId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), FIRMWARE_STATUS_ENUM_TYPE)
                    .put("requestId", m.requestId()));

    static final ObjectCodec<PublishFirmwareResponse> PUBLISH_FIRMWARE_RES = ObjectCodec.of(
            PublishFirmwareResponse.class,
            in -> new PublishFirmwareResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", GENERIC_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), GENERIC_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<PublishFirmwareRequest> PUBLISH_FIRMWARE_REQ = ObjectCodec.of(PublishFirmwareRequest.class,
            in -> new PublishFirmwareRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.string("location"),
                    in.optInteger("retries"),
                    in.string("checksum"),
                    in.integer("requestId"),
                    in.optInteger("retryInterval")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("location", m.location())
                    .put("retries", m.retries())
                    .put("checksum", m.checksum())
                    .put("requestId", m.requestId())
                    .put("retryInterval", m.retryInterval()));

    static final ObjectCodec<PublishFirmwareStatusNotificationResponse> PUBLISH_FIRMWARE_STATUS_NOTIFICATION_RES =
            ObjectCodec.of(PublishFirmwareStatusNotificationResponse.class,
            in -> new PublishFirmwareStatusNotificationResponse(
                    in.optObject("customData", CUSTOM_DATA)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA));

    static final ObjectCodec<PublishFirmwareStatusNotificationRequest> PUBLISH_FIRMWARE_STATUS_NOTIFICATION_REQ =
            ObjectCodec.of(PublishFirmwareStatusNotificationRequest.class,
            in -> new PublishFirmwareStatusNotificationRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", PUBLISH_FIRMWARE_STATUS_ENUM_TYPE),
                    in.optStrings("location", 1, Integer.MAX_VALUE),
                    in.optInteger("requestId")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), PUBLISH_FIRMWARE_STATUS_ENUM_TYPE)
                    .putStrings("location", m.location())
                    .put("requestId", m.requestId()));

    static final ObjectCodec<UnpublishFirmwareResponse> UNPUBLISH_FIRMWARE_RES = ObjectCodec.of(
            UnpublishFirmwareResponse.class,
            in -> new UnpublishFirmwareResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", UNPUBLISH_FIRMWARE_STATUS_ENUM_TYPE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), UNPUBLISH_FIRMWARE_STATUS_ENUM_TYPE));

    static final ObjectCodec<UnpublishFirmwareRequest> UNPUBLISH_FIRMWARE_REQ = ObjectCodec.of(
            UnpublishFirmwareRequest.class,
            in -> new UnpublishFirmwareRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.string("checksum")),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("checksum", m.checksum()));

    static final ObjectCodec<UpdateFirmwareResponse> UPDATE_FIRMWARE_RES = ObjectCodec.of(UpdateFirmwareResponse.class,
            in -> new UpdateFirmwareResponse(
                    in.optObject("customData", CUSTOM_DATA),
                    in.enumValue("status", UPDATE_FIRMWARE_STATUS_ENUM_TYPE),
                    in.optObject("statusInfo", STATUS_INFO)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("status", m.status(), UPDATE_FIRMWARE_STATUS_ENUM_TYPE)
                    .put("statusInfo", m.statusInfo(), STATUS_INFO));

    static final ObjectCodec<UpdateFirmwareRequest> UPDATE_FIRMWARE_REQ = ObjectCodec.of(UpdateFirmwareRequest.class,
            in -> new UpdateFirmwareRequest(
                    in.optObject("customData", CUSTOM_DATA),
                    in.optInteger("retries"),
                    in.optInteger("retryInterval"),
                    in.integer("requestId"),
                    in.object("firmware", FIRMWARE)),
            (m, out) -> out
                    .put("customData", m.customData(), CUSTOM_DATA)
                    .put("retries", m.retries())
                    .put("retryInterval", m.retryInterval())
                    .put("requestId", m.requestId())
                    .put("firmware", m.firmware(), FIRMWARE));

    private FirmwareManagementCodecs() {}
}
