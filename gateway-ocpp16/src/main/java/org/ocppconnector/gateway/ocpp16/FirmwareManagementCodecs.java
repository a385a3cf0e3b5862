package org.ocppconnector.gateway.ocpp16;

import static org.ocppconnector.gateway.ocpp16.EnumCodecs.DIAGNOSTICS_STATUS;
import static org.ocppconnector.gateway.ocpp16.EnumCodecs.FIRMWARE_STATUS;

import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.ocpp16.message.DiagnosticsStatusNotificationConfirmation;
import org.ocppconnector.gateway.ocpp16.message.DiagnosticsStatusNotificationRequest;
import org.ocppconnector.gateway.ocpp16.message.FirmwareStatusNotificationConfirmation;
import org.ocppconnector.gateway.ocpp16.message.FirmwareStatusNotificationRequest;
import org.ocppconnector.gateway.ocpp16.message.GetDiagnosticsConfirmation;
import org.ocppconnector.gateway.ocpp16.message.GetDiagnosticsRequest;
import org.ocppconnector.gateway.ocpp16.message.UpdateFirmwareConfirmation;
import org.ocppconnector.gateway.ocpp16.message.UpdateFirmwareRequest;

/** The 4 actions of the Firmware Management feature profile (OCPP 1.6 §3, PDUs in §6). */
final class FirmwareManagementCodecs {

    static final ObjectCodec<GetDiagnosticsRequest> GET_DIAGNOSTICS_REQ = ObjectCodec.of(
            GetDiagnosticsRequest.class,
            in -> new GetDiagnosticsRequest(
                    in.string("location"),
                    in.optInteger("retries"),
                    in.optInteger("retryInterval"),
                    in.optDateTime("startTime"),
                    in.optDateTime("stopTime")),
            (m, out) -> out
                    .put("location", m.location())
                    .put("retries", m.retries())
                    .put("retryInterval", m.retryInterval())
                    .put("startTime", m.startTime())
                    .put("stopTime", m.stopTime()));

    static final ObjectCodec<GetDiagnosticsConfirmation> GET_DIAGNOSTICS_CONF = ObjectCodec.of(
            GetDiagnosticsConfirmation.class,
            in -> new GetDiagnosticsConfirmation(in.optString("fileName")),
            (m, out) -> out.put("fileName", m.fileName()));

    static final ObjectCodec<DiagnosticsStatusNotificationRequest> DIAGNOSTICS_STATUS_NOTIFICATION_REQ =
            ObjectCodec.of(DiagnosticsStatusNotificationRequest.class,
                    in -> new DiagnosticsStatusNotificationRequest(in.enumValue("status", DIAGNOSTICS_STATUS)),
                    (m, out) -> out.put("status", m.status(), DIAGNOSTICS_STATUS));

    static final ObjectCodec<DiagnosticsStatusNotificationConfirmation> DIAGNOSTICS_STATUS_NOTIFICATION_CONF =
            ObjectCodec.of(DiagnosticsStatusNotificationConfirmation.class,
                    in -> new DiagnosticsStatusNotificationConfirmation(),
                    (m, out) -> {});

    static final ObjectCodec<FirmwareStatusNotificationRequest> FIRMWARE_STATUS_NOTIFICATION_REQ = ObjectCodec.of(
            FirmwareStatusNotificationRequest.class,
            in -> new FirmwareStatusNotificationRequest(in.enumValue("status", FIRMWARE_STATUS)),
            (m, out) -> out.put("status", m.status(), FIRMWARE_STATUS));

    static final ObjectCodec<FirmwareStatusNotificationConfirmation> FIRMWARE_STATUS_NOTIFICATION_CONF =
            ObjectCodec.of(FirmwareStatusNotificationConfirmation.class,
                    in -> new FirmwareStatusNotificationConfirmation(),
                    (m, out) -> {});

    static final ObjectCodec<UpdateFirmwareRequest> UPDATE_FIRMWARE_REQ = ObjectCodec.of(UpdateFirmwareRequest.class,
            in -> new UpdateFirmwareRequest(
                    in.string("location"),
                    in.optInteger("retries"),
                    in.dateTime("retrieveDate"),
                    in.optInteger("retryInterval")),
            (m, out) -> out
                    .put("location", m.location())
                    .put("retries", m.retries())
                    .put("retrieveDate", m.retrieveDate())
                    .put("retryInterval", m.retryInterval()));

    static final ObjectCodec<UpdateFirmwareConfirmation> UPDATE_FIRMWARE_CONF = ObjectCodec.of(
            UpdateFirmwareConfirmation.class,
            in -> new UpdateFirmwareConfirmation(),
            (m, out) -> {});

    private FirmwareManagementCodecs() {}
}
