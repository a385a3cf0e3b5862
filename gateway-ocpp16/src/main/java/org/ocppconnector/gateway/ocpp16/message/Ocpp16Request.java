package org.ocppconnector.gateway.ocpp16.message;

/** The {@code .req} PDU of an OCPP 1.6 action: the payload of a CALL. */
public sealed interface Ocpp16Request extends Ocpp16Message
        permits AuthorizeRequest,
                BootNotificationRequest,
                CancelReservationRequest,
                CertificateSignedRequest,
                ChangeAvailabilityRequest,
                ChangeConfigurationRequest,
                ClearCacheRequest,
                ClearChargingProfileRequest,
                DataTransferRequest,
                DeleteCertificateRequest,
                DiagnosticsStatusNotificationRequest,
                ExtendedTriggerMessageRequest,
                FirmwareStatusNotificationRequest,
                GetCompositeScheduleRequest,
                GetConfigurationRequest,
                GetDiagnosticsRequest,
                GetInstalledCertificateIdsRequest,
                GetLocalListVersionRequest,
                GetLogRequest,
                HeartbeatRequest,
                InstallCertificateRequest,
                LogStatusNotificationRequest,
                MeterValuesRequest,
                RemoteStartTransactionRequest,
                RemoteStopTransactionRequest,
                ReserveNowRequest,
                ResetRequest,
                SecurityEventNotificationRequest,
                SendLocalListRequest,
                SetChargingProfileRequest,
                SignCertificateRequest,
                SignedFirmwareStatusNotificationRequest,
                SignedUpdateFirmwareRequest,
                StartTransactionRequest,
                StatusNotificationRequest,
                StopTransactionRequest,
                TriggerMessageRequest,
                UnlockConnectorRequest,
                UpdateFirmwareRequest {

    @Override
    default boolean isRequest() {
        return true;
    }
}
