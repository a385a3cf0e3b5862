package org.ocppconnector.gateway.ocpp201;

import org.ocppconnector.gateway.core.codec.EnumCodec;
import org.ocppconnector.gateway.ocpp201.message.APNAuthenticationEnumType;
import org.ocppconnector.gateway.ocpp201.message.AttributeEnumType;
import org.ocppconnector.gateway.ocpp201.message.AuthorizationStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.AuthorizeCertificateStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.BootReasonEnumType;
import org.ocppconnector.gateway.ocpp201.message.CancelReservationStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.CertificateActionEnumType;
import org.ocppconnector.gateway.ocpp201.message.CertificateSignedStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.CertificateSigningUseEnumType;
import org.ocppconnector.gateway.ocpp201.message.ChangeAvailabilityStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.ChargingLimitSourceEnumType;
import org.ocppconnector.gateway.ocpp201.message.ChargingProfileKindEnumType;
import org.ocppconnector.gateway.ocpp201.message.ChargingProfilePurposeEnumType;
import org.ocppconnector.gateway.ocpp201.message.ChargingProfileStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.ChargingRateUnitEnumType;
import org.ocppconnector.gateway.ocpp201.message.ChargingStateEnumType;
import org.ocppconnector.gateway.ocpp201.message.ClearCacheStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.ClearChargingProfileStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.ClearMessageStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.ClearMonitoringStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.ComponentCriterionEnumType;
import org.ocppconnector.gateway.ocpp201.message.ConnectorEnumType;
import org.ocppconnector.gateway.ocpp201.message.ConnectorStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.CostKindEnumType;
import org.ocppconnector.gateway.ocpp201.message.CustomerInformationStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.DataEnumType;
import org.ocppconnector.gateway.ocpp201.message.DataTransferStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.DeleteCertificateStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.DisplayMessageStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.EnergyTransferModeEnumType;
import org.ocppconnector.gateway.ocpp201.message.EventNotificationEnumType;
import org.ocppconnector.gateway.ocpp201.message.EventTriggerEnumType;
import org.ocppconnector.gateway.ocpp201.message.FirmwareStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.GenericDeviceModelStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.GenericStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.GetCertificateIdUseEnumType;
import org.ocppconnector.gateway.ocpp201.message.GetCertificateStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.GetChargingProfileStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.GetDisplayMessagesStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.GetInstalledCertificateStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.GetVariableStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.HashAlgorithmEnumType;
import org.ocppconnector.gateway.ocpp201.message.IdTokenEnumType;
import org.ocppconnector.gateway.ocpp201.message.InstallCertificateStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.InstallCertificateUseEnumType;
import org.ocppconnector.gateway.ocpp201.message.Iso15118EVCertificateStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.LocationEnumType;
import org.ocppconnector.gateway.ocpp201.message.LogEnumType;
import org.ocppconnector.gateway.ocpp201.message.LogStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.MeasurandEnumType;
import org.ocppconnector.gateway.ocpp201.message.MessageFormatEnumType;
import org.ocppconnector.gateway.ocpp201.message.MessagePriorityEnumType;
import org.ocppconnector.gateway.ocpp201.message.MessageStateEnumType;
import org.ocppconnector.gateway.ocpp201.message.MessageTriggerEnumType;
import org.ocppconnector.gateway.ocpp201.message.MonitorEnumType;
import org.ocppconnector.gateway.ocpp201.message.MonitoringBaseEnumType;
import org.ocppconnector.gateway.ocpp201.message.MonitoringCriterionEnumType;
import org.ocppconnector.gateway.ocpp201.message.MutabilityEnumType;
import org.ocppconnector.gateway.ocpp201.message.NotifyEVChargingNeedsStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.OCPPInterfaceEnumType;
import org.ocppconnector.gateway.ocpp201.message.OCPPTransportEnumType;
import org.ocppconnector.gateway.ocpp201.message.OCPPVersionEnumType;
import org.ocppconnector.gateway.ocpp201.message.OperationalStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.PhaseEnumType;
import org.ocppconnector.gateway.ocpp201.message.PublishFirmwareStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.ReadingContextEnumType;
import org.ocppconnector.gateway.ocpp201.message.ReasonEnumType;
import org.ocppconnector.gateway.ocpp201.message.RecurrencyKindEnumType;
import org.ocppconnector.gateway.ocpp201.message.RegistrationStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.ReportBaseEnumType;
import org.ocppconnector.gateway.ocpp201.message.RequestStartStopStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.ReservationUpdateStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.ReserveNowStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.ResetEnumType;
import org.ocppconnector.gateway.ocpp201.message.ResetStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.SendLocalListStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.SetMonitoringStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.SetNetworkProfileStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.SetVariableStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.TransactionEventEnumType;
import org.ocppconnector.gateway.ocpp201.message.TriggerMessageStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.TriggerReasonEnumType;
import org.ocppconnector.gateway.ocpp201.message.UnlockStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.UnpublishFirmwareStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.UpdateEnumType;
import org.ocppconnector.gateway.ocpp201.message.UpdateFirmwareStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.UploadLogStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.VPNEnumType;

/** The wire spellings of every OCPP 2.0.1 enumeration, one codec each. */
final class EnumCodecs {

    static final EnumCodec<APNAuthenticationEnumType> APN_AUTHENTICATION_ENUM_TYPE =
            EnumCodec.of(APNAuthenticationEnumType.class, APNAuthenticationEnumType::wireName);

    static final EnumCodec<AttributeEnumType> ATTRIBUTE_ENUM_TYPE =
            EnumCodec.of(AttributeEnumType.class, AttributeEnumType::wireName);

    static final EnumCodec<AuthorizationStatusEnumType> AUTHORIZATION_STATUS_ENUM_TYPE =
            EnumCodec.of(AuthorizationStatusEnumType.class, AuthorizationStatusEnumType::wireName);

    static final EnumCodec<AuthorizeCertificateStatusEnumType> AUTHORIZE_CERTIFICATE_STATUS_ENUM_TYPE =
            EnumCodec.of(AuthorizeCertificateStatusEnumType.class, AuthorizeCertificateStatusEnumType::wireName);

    static final EnumCodec<BootReasonEnumType> BOOT_REASON_ENUM_TYPE =
            EnumCodec.of(BootReasonEnumType.class, BootReasonEnumType::wireName);

    static final EnumCodec<CancelReservationStatusEnumType> CANCEL_RESERVATION_STATUS_ENUM_TYPE =
            EnumCodec.of(CancelReservationStatusEnumType.class, CancelReservationStatusEnumType::wireName);

    static final EnumCodec<CertificateActionEnumType> CERTIFICATE_ACTION_ENUM_TYPE =
            EnumCodec.of(CertificateActionEnumType.class, CertificateActionEnumType::wireName);

    static final EnumCodec<CertificateSignedStatusEnumType> CERTIFICATE_SIGNED_STATUS_ENUM_TYPE =
            EnumCodec.of(CertificateSignedStatusEnumType.class, CertificateSignedStatusEnumType::wireName);

    static final EnumCodec<CertificateSigningUseEnumType> CERTIFICATE_SIGNING_USE_ENUM_TYPE =
            EnumCodec.of(CertificateSigningUseEnumType.class, CertificateSigningUseEnumType::wireName);

    static final EnumCodec<ChangeAvailabilityStatusEnumType> CHANGE_AVAILABILITY_STATUS_ENUM_TYPE =
            EnumCodec.of(ChangeAvailabilityStatusEnumType.class, ChangeAvailabilityStatusEnumType::wireName);

    static final EnumCodec<ChargingLimitSourceEnumType> CHARGING_LIMIT_SOURCE_ENUM_TYPE =
            EnumCodec.of(ChargingLimitSourceEnumType.class, ChargingLimitSourceEnumType::wireName);

    static final EnumCodec<ChargingProfileKindEnumType> CHARGING_PROFILE_KIND_ENUM_TYPE =
            EnumCodec.of(ChargingProfileKindEnumType.class, ChargingProfileKindEnumType::wireName);

    static final EnumCodec<ChargingProfilePurposeEnumType> CHARGING_PROFILE_PURPOSE_ENUM_TYPE =
            EnumCodec.of(ChargingProfilePurposeEnumType.class, ChargingProfilePurposeEnumType::wireName);

    static final EnumCodec<ChargingProfileStatusEnumType> CHARGING_PROFILE_STATUS_ENUM_TYPE =
            EnumCodec.of(ChargingProfileStatusEnumType.class, ChargingProfileStatusEnumType::wireName);

    static final EnumCodec<ChargingRateUnitEnumType> CHARGING_RATE_UNIT_ENUM_TYPE =
            EnumCodec.of(ChargingRateUnitEnumType.class, ChargingRateUnitEnumType::wireName);

    static final EnumCodec<ChargingStateEnumType> CHARGING_STATE_ENUM_TYPE =
            EnumCodec.of(ChargingStateEnumType.class, ChargingStateEnumType::wireName);

    static final EnumCodec<ClearCacheStatusEnumType> CLEAR_CACHE_STATUS_ENUM_TYPE =
            EnumCodec.of(ClearCacheStatusEnumType.class, ClearCacheStatusEnumType::wireName);

    static final EnumCodec<ClearChargingProfileStatusEnumType> CLEAR_CHARGING_PROFILE_STATUS_ENUM_TYPE =
            EnumCodec.of(ClearChargingProfileStatusEnumType.class, ClearChargingProfileStatusEnumType::wireName);

    static final EnumCodec<ClearMessageStatusEnumType> CLEAR_MESSAGE_STATUS_ENUM_TYPE =
            EnumCodec.of(ClearMessageStatusEnumType.class, ClearMessageStatusEnumType::wireName);

    static final EnumCodec<ClearMonitoringStatusEnumType> CLEAR_MONITORING_STATUS_ENUM_TYPE =
            EnumCodec.of(ClearMonitoringStatusEnumType.class, ClearMonitoringStatusEnumType::wireName);

    static final EnumCodec<ComponentCriterionEnumType> COMPONENT_CRITERION_ENUM_TYPE =
            EnumCodec.of(ComponentCriterionEnumType.class, ComponentCriterionEnumType::wireName);

    static final EnumCodec<ConnectorEnumType> CONNECTOR_ENUM_TYPE =
            EnumCodec.of(ConnectorEnumType.class, ConnectorEnumType::wireName);

    static final EnumCodec<ConnectorStatusEnumType> CONNECTOR_STATUS_ENUM_TYPE =
            EnumCodec.of(ConnectorStatusEnumType.class, ConnectorStatusEnumType::wireName);

    static final EnumCodec<CostKindEnumType> COST_KIND_ENUM_TYPE =
            EnumCodec.of(CostKindEnumType.class, CostKindEnumType::wireName);

    static final EnumCodec<CustomerInformationStatusEnumType> CUSTOMER_INFORMATION_STATUS_ENUM_TYPE =
            EnumCodec.of(CustomerInformationStatusEnumType.class, CustomerInformationStatusEnumType::wireName);

    static final EnumCodec<DataEnumType> DATA_ENUM_TYPE =
            EnumCodec.of(DataEnumType.class, DataEnumType::wireName);

    static final EnumCodec<DataTransferStatusEnumType> DATA_TRANSFER_STATUS_ENUM_TYPE =
            EnumCodec.of(DataTransferStatusEnumType.class, DataTransferStatusEnumType::wireName);

    static final EnumCodec<DeleteCertificateStatusEnumType> DELETE_CERTIFICATE_STATUS_ENUM_TYPE =
            EnumCodec.of(DeleteCertificateStatusEnumType.class, DeleteCertificateStatusEnumType::wireName);

    static final EnumCodec<DisplayMessageStatusEnumType> DISPLAY_MESSAGE_STATUS_ENUM_TYPE =
            EnumCodec.of(DisplayMessageStatusEnumType.class, DisplayMessageStatusEnumType::wireName);

    static final EnumCodec<EnergyTransferModeEnumType> ENERGY_TRANSFER_MODE_ENUM_TYPE =
            EnumCodec.of(EnergyTransferModeEnumType.class, EnergyTransferModeEnumType::wireName);

    static final EnumCodec<EventNotificationEnumType> EVENT_NOTIFICATION_ENUM_TYPE =
            EnumCodec.of(EventNotificationEnumType.class, EventNotificationEnumType::wireName);

    static final EnumCodec<EventTriggerEnumType> EVENT_TRIGGER_ENUM_TYPE =
            EnumCodec.of(EventTriggerEnumType.class, EventTriggerEnumType::wireName);

    static final EnumCodec<FirmwareStatusEnumType> FIRMWARE_STATUS_ENUM_TYPE =
            EnumCodec.of(FirmwareStatusEnumType.class, FirmwareStatusEnumType::wireName);

    static final EnumCodec<GenericDeviceModelStatusEnumType> GENERIC_DEVICE_MODEL_STATUS_ENUM_TYPE =
            EnumCodec.of(GenericDeviceModelStatusEnumType.class, GenericDeviceModelStatusEnumType::wireName);

    static final EnumCodec<GenericStatusEnumType> GENERIC_STATUS_ENUM_TYPE =
            EnumCodec.of(GenericStatusEnumType.class, GenericStatusEnumType::wireName);

    static final EnumCodec<GetCertificateIdUseEnumType> GET_CERTIFICATE_ID_USE_ENUM_TYPE =
            EnumCodec.of(GetCertificateIdUseEnumType.class, GetCertificateIdUseEnumType::wireName);

    static final EnumCodec<GetCertificateStatusEnumType> GET_CERTIFICATE_STATUS_ENUM_TYPE =
            EnumCodec.of(GetCertificateStatusEnumType.class, GetCertificateStatusEnumType::wireName);

    static final EnumCodec<GetChargingProfileStatusEnumType> GET_CHARGING_PROFILE_STATUS_ENUM_TYPE =
            EnumCodec.of(GetChargingProfileStatusEnumType.class, GetChargingProfileStatusEnumType::wireName);

    static final EnumCodec<GetDisplayMessagesStatusEnumType> GET_DISPLAY_MESSAGES_STATUS_ENUM_TYPE =
            EnumCodec.of(GetDisplayMessagesStatusEnumType.class, GetDisplayMessagesStatusEnumType::wireName);

    static final EnumCodec<GetInstalledCertificateStatusEnumType> GET_INSTALLED_CERTIFICATE_STATUS_ENUM_TYPE =
            EnumCodec.of(GetInstalledCertificateStatusEnumType.class, GetInstalledCertificateStatusEnumType::wireName);

    static final EnumCodec<GetVariableStatusEnumType> GET_VARIABLE_STATUS_ENUM_TYPE =
            EnumCodec.of(GetVariableStatusEnumType.class, GetVariableStatusEnumType::wireName);

    static final EnumCodec<HashAlgorithmEnumType> HASH_ALGORITHM_ENUM_TYPE =
            EnumCodec.of(HashAlgorithmEnumType.class, HashAlgorithmEnumType::wireName);

    static final EnumCodec<IdTokenEnumType> ID_TOKEN_ENUM_TYPE =
            EnumCodec.of(IdTokenEnumType.class, IdTokenEnumType::wireName);

    static final EnumCodec<InstallCertificateStatusEnumType> INSTALL_CERTIFICATE_STATUS_ENUM_TYPE =
            EnumCodec.of(InstallCertificateStatusEnumType.class, InstallCertificateStatusEnumType::wireName);

    static final EnumCodec<InstallCertificateUseEnumType> INSTALL_CERTIFICATE_USE_ENUM_TYPE =
            EnumCodec.of(InstallCertificateUseEnumType.class, InstallCertificateUseEnumType::wireName);

    static final EnumCodec<Iso15118EVCertificateStatusEnumType> ISO15118EV_CERTIFICATE_STATUS_ENUM_TYPE =
            EnumCodec.of(Iso15118EVCertificateStatusEnumType.class, Iso15118EVCertificateStatusEnumType::wireName);

    static final EnumCodec<LocationEnumType> LOCATION_ENUM_TYPE =
            EnumCodec.of(LocationEnumType.class, LocationEnumType::wireName);

    static final EnumCodec<LogEnumType> LOG_ENUM_TYPE =
            EnumCodec.of(LogEnumType.class, LogEnumType::wireName);

    static final EnumCodec<LogStatusEnumType> LOG_STATUS_ENUM_TYPE =
            EnumCodec.of(LogStatusEnumType.class, LogStatusEnumType::wireName);

    static final EnumCodec<MeasurandEnumType> MEASURAND_ENUM_TYPE =
            EnumCodec.of(MeasurandEnumType.class, MeasurandEnumType::wireName);

    static final EnumCodec<MessageFormatEnumType> MESSAGE_FORMAT_ENUM_TYPE =
            EnumCodec.of(MessageFormatEnumType.class, MessageFormatEnumType::wireName);

    static final EnumCodec<MessagePriorityEnumType> MESSAGE_PRIORITY_ENUM_TYPE =
            EnumCodec.of(MessagePriorityEnumType.class, MessagePriorityEnumType::wireName);

    static final EnumCodec<MessageStateEnumType> MESSAGE_STATE_ENUM_TYPE =
            EnumCodec.of(MessageStateEnumType.class, MessageStateEnumType::wireName);

    static final EnumCodec<MessageTriggerEnumType> MESSAGE_TRIGGER_ENUM_TYPE =
            EnumCodec.of(MessageTriggerEnumType.class, MessageTriggerEnumType::wireName);

    static final EnumCodec<MonitorEnumType> MONITOR_ENUM_TYPE =
            EnumCodec.of(MonitorEnumType.class, MonitorEnumType::wireName);

    static final EnumCodec<MonitoringBaseEnumType> MONITORING_BASE_ENUM_TYPE =
            EnumCodec.of(MonitoringBaseEnumType.class, MonitoringBaseEnumType::wireName);

    static final EnumCodec<MonitoringCriterionEnumType> MONITORING_CRITERION_ENUM_TYPE =
            EnumCodec.of(MonitoringCriterionEnumType.class, MonitoringCriterionEnumType::wireName);

    static final EnumCodec<MutabilityEnumType> MUTABILITY_ENUM_TYPE =
            EnumCodec.of(MutabilityEnumType.class, MutabilityEnumType::wireName);

    static final EnumCodec<NotifyEVChargingNeedsStatusEnumType> NOTIFY_EV_CHARGING_NEEDS_STATUS_ENUM_TYPE =
            EnumCodec.of(NotifyEVChargingNeedsStatusEnumType.class, NotifyEVChargingNeedsStatusEnumType::wireName);

    static final EnumCodec<OCPPInterfaceEnumType> OCPP_INTERFACE_ENUM_TYPE =
            EnumCodec.of(OCPPInterfaceEnumType.class, OCPPInterfaceEnumType::wireName);

    static final EnumCodec<OCPPTransportEnumType> OCPP_TRANSPORT_ENUM_TYPE =
            EnumCodec.of(OCPPTransportEnumType.class, OCPPTransportEnumType::wireName);

    static final EnumCodec<OCPPVersionEnumType> OCPP_VERSION_ENUM_TYPE =
            EnumCodec.of(OCPPVersionEnumType.class, OCPPVersionEnumType::wireName);

    static final EnumCodec<OperationalStatusEnumType> OPERATIONAL_STATUS_ENUM_TYPE =
            EnumCodec.of(OperationalStatusEnumType.class, OperationalStatusEnumType::wireName);

    static final EnumCodec<PhaseEnumType> PHASE_ENUM_TYPE =
            EnumCodec.of(PhaseEnumType.class, PhaseEnumType::wireName);

    static final EnumCodec<PublishFirmwareStatusEnumType> PUBLISH_FIRMWARE_STATUS_ENUM_TYPE =
            EnumCodec.of(PublishFirmwareStatusEnumType.class, PublishFirmwareStatusEnumType::wireName);

    static final EnumCodec<ReadingContextEnumType> READING_CONTEXT_ENUM_TYPE =
            EnumCodec.of(ReadingContextEnumType.class, ReadingContextEnumType::wireName);

    static final EnumCodec<ReasonEnumType> REASON_ENUM_TYPE =
            EnumCodec.of(ReasonEnumType.class, ReasonEnumType::wireName);

    static final EnumCodec<RecurrencyKindEnumType> RECURRENCY_KIND_ENUM_TYPE =
            EnumCodec.of(RecurrencyKindEnumType.class, RecurrencyKindEnumType::wireName);

    static final EnumCodec<RegistrationStatusEnumType> REGISTRATION_STATUS_ENUM_TYPE =
            EnumCodec.of(RegistrationStatusEnumType.class, RegistrationStatusEnumType::wireName);

    static final EnumCodec<ReportBaseEnumType> REPORT_BASE_ENUM_TYPE =
            EnumCodec.of(ReportBaseEnumType.class, ReportBaseEnumType::wireName);

    static final EnumCodec<RequestStartStopStatusEnumType> REQUEST_START_STOP_STATUS_ENUM_TYPE =
            EnumCodec.of(RequestStartStopStatusEnumType.class, RequestStartStopStatusEnumType::wireName);

    static final EnumCodec<ReservationUpdateStatusEnumType> RESERVATION_UPDATE_STATUS_ENUM_TYPE =
            EnumCodec.of(ReservationUpdateStatusEnumType.class, ReservationUpdateStatusEnumType::wireName);

    static final EnumCodec<ReserveNowStatusEnumType> RESERVE_NOW_STATUS_ENUM_TYPE =
            EnumCodec.of(ReserveNowStatusEnumType.class, ReserveNowStatusEnumType::wireName);

    static final EnumCodec<ResetEnumType> RESET_ENUM_TYPE =
            EnumCodec.of(ResetEnumType.class, ResetEnumType::wireName);

    static final EnumCodec<ResetStatusEnumType> RESET_STATUS_ENUM_TYPE =
            EnumCodec.of(ResetStatusEnumType.class, ResetStatusEnumType::wireName);

    static final EnumCodec<SendLocalListStatusEnumType> SEND_LOCAL_LIST_STATUS_ENUM_TYPE =
            EnumCodec.of(SendLocalListStatusEnumType.class, SendLocalListStatusEnumType::wireName);

    static final EnumCodec<SetMonitoringStatusEnumType> SET_MONITORING_STATUS_ENUM_TYPE =
            EnumCodec.of(SetMonitoringStatusEnumType.class, SetMonitoringStatusEnumType::wireName);

    static final EnumCodec<SetNetworkProfileStatusEnumType> SET_NETWORK_PROFILE_STATUS_ENUM_TYPE =
            EnumCodec.of(SetNetworkProfileStatusEnumType.class, SetNetworkProfileStatusEnumType::wireName);

    static final EnumCodec<SetVariableStatusEnumType> SET_VARIABLE_STATUS_ENUM_TYPE =
            EnumCodec.of(SetVariableStatusEnumType.class, SetVariableStatusEnumType::wireName);

    static final EnumCodec<TransactionEventEnumType> TRANSACTION_EVENT_ENUM_TYPE =
            EnumCodec.of(TransactionEventEnumType.class, TransactionEventEnumType::wireName);

    static final EnumCodec<TriggerMessageStatusEnumType> TRIGGER_MESSAGE_STATUS_ENUM_TYPE =
            EnumCodec.of(TriggerMessageStatusEnumType.class, TriggerMessageStatusEnumType::wireName);

    static final EnumCodec<TriggerReasonEnumType> TRIGGER_REASON_ENUM_TYPE =
            EnumCodec.of(TriggerReasonEnumType.class, TriggerReasonEnumType::wireName);

    static final EnumCodec<UnlockStatusEnumType> UNLOCK_STATUS_ENUM_TYPE =
            EnumCodec.of(UnlockStatusEnumType.class, UnlockStatusEnumType::wireName);

    static final EnumCodec<UnpublishFirmwareStatusEnumType> UNPUBLISH_FIRMWARE_STATUS_ENUM_TYPE =
            EnumCodec.of(UnpublishFirmwareStatusEnumType.class, UnpublishFirmwareStatusEnumType::wireName);

    static final EnumCodec<UpdateEnumType> UPDATE_ENUM_TYPE =
            EnumCodec.of(UpdateEnumType.class, UpdateEnumType::wireName);

    static final EnumCodec<UpdateFirmwareStatusEnumType> UPDATE_FIRMWARE_STATUS_ENUM_TYPE =
            EnumCodec.of(UpdateFirmwareStatusEnumType.class, UpdateFirmwareStatusEnumType::wireName);

    static final EnumCodec<UploadLogStatusEnumType> UPLOAD_LOG_STATUS_ENUM_TYPE =
            EnumCodec.of(UploadLogStatusEnumType.class, UploadLogStatusEnumType::wireName);

    static final EnumCodec<VPNEnumType> VPN_ENUM_TYPE =
            EnumCodec.of(VPNEnumType.class, VPNEnumType::wireName);

    private EnumCodecs() {}
}
