package org.ocppconnector.gateway.ocpp16.message;

/** The {@code .conf} PDU of an OCPP 1.6 action: the payload of the CALLRESULT answering a CALL. */
public sealed interface Ocpp16Confirmation extends Ocpp16Message
        permits AuthorizeConfirmation,
                BootNotificationConfirmation,
                CancelReservationConfirmation,
                CertificateSignedConfirmation,
                ChangeAvailabilityConfirmation,
                ChangeConfigurationConfirmation,
                ClearCacheConfirmation,
                ClearChargingProfileConfirmation,
                DataTransferConfirmation,
                DeleteCertificateConfirmation,
                DiagnosticsStatusNotificationConfirmation,
                ExtendedTriggerMessageConfirmation,
                FirmwareStatusNotificationConfirmation,
                GetCompositeScheduleConfirmation,
                GetConfigurationConfirmation,
                GetDiagnosticsConfirmation,
                GetInstalledCertificateIdsConfirmation,
                GetLocalListVersionConfirmation,
                GetLogConfirmation,
                HeartbeatConfirmation,
                InstallCertificateConfirmation,
                LogStatusNotificationConfirmation,
                MeterValuesConfirmation,
                RemoteStartTransactionConfirmation,
                RemoteStopTransactionConfirmation,
                ReserveNowConfirmation,
                ResetConfirmation,
                SecurityEventNotificationConfirmation,
                SendLocalListConfirmation,
                SetChargingProfileConfirmation,
                SignCertificateConfirmation,
                SignedFirmwareStatusNotificationConfirmation,
                SignedUpdateFirmwareConfirmation,
                StartTransactionConfirmation,
                StatusNotificationConfirmation,
                StopTransactionConfirmation,
                TriggerMessageConfirmation,
                UnlockConnectorConfirmation,
                UpdateFirmwareConfirmation {

    @Override
    default boolean isRequest() {
        return false;
    }
}
