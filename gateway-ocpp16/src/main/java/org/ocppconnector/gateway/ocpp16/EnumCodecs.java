package org.ocppconnector.gateway.ocpp16;

import org.ocppconnector.gateway.core.codec.EnumCodec;
import org.ocppconnector.gateway.ocpp16.message.AuthorizationStatus;
import org.ocppconnector.gateway.ocpp16.message.AvailabilityStatus;
import org.ocppconnector.gateway.ocpp16.message.AvailabilityType;
import org.ocppconnector.gateway.ocpp16.message.CancelReservationStatus;
import org.ocppconnector.gateway.ocpp16.message.CertificateSignedStatusEnumType;
import org.ocppconnector.gateway.ocpp16.message.CertificateUseEnumType;
import org.ocppconnector.gateway.ocpp16.message.ChargePointErrorCode;
import org.ocppconnector.gateway.ocpp16.message.ChargePointStatus;
import org.ocppconnector.gateway.ocpp16.message.ChargingProfileKindType;
import org.ocppconnector.gateway.ocpp16.message.ChargingProfilePurposeType;
import org.ocppconnector.gateway.ocpp16.message.ChargingProfileStatus;
import org.ocppconnector.gateway.ocpp16.message.ChargingRateUnitType;
import org.ocppconnector.gateway.ocpp16.message.ClearCacheStatus;
import org.ocppconnector.gateway.ocpp16.message.ClearChargingProfileStatus;
import org.ocppconnector.gateway.ocpp16.message.ConfigurationStatus;
import org.ocppconnector.gateway.ocpp16.message.DataTransferStatus;
import org.ocppconnector.gateway.ocpp16.message.DeleteCertificateStatusEnumType;
import org.ocppconnector.gateway.ocpp16.message.DiagnosticsStatus;
import org.ocppconnector.gateway.ocpp16.message.FirmwareStatus;
import org.ocppconnector.gateway.ocpp16.message.FirmwareStatusEnumType;
import org.ocppconnector.gateway.ocpp16.message.GenericStatusEnumType;
import org.ocppconnector.gateway.ocpp16.message.GetCompositeScheduleStatus;
import org.ocppconnector.gateway.ocpp16.message.GetInstalledCertificateStatusEnumType;
import org.ocppconnector.gateway.ocpp16.message.HashAlgorithmEnumType;
import org.ocppconnector.gateway.ocpp16.message.InstallCertificateStatusEnumType;
import org.ocppconnector.gateway.ocpp16.message.Location;
import org.ocppconnector.gateway.ocpp16.message.LogEnumType;
import org.ocppconnector.gateway.ocpp16.message.LogStatusEnumType;
import org.ocppconnector.gateway.ocpp16.message.Measurand;
import org.ocppconnector.gateway.ocpp16.message.MessageTrigger;
import org.ocppconnector.gateway.ocpp16.message.MessageTriggerEnumType;
import org.ocppconnector.gateway.ocpp16.message.Phase;
import org.ocppconnector.gateway.ocpp16.message.ReadingContext;
import org.ocppconnector.gateway.ocpp16.message.Reason;
import org.ocppconnector.gateway.ocpp16.message.RecurrencyKindType;
import org.ocppconnector.gateway.ocpp16.message.RegistrationStatus;
import org.ocppconnector.gateway.ocpp16.message.RemoteStartStopStatus;
import org.ocppconnector.gateway.ocpp16.message.ReservationStatus;
import org.ocppconnector.gateway.ocpp16.message.ResetStatus;
import org.ocppconnector.gateway.ocpp16.message.ResetType;
import org.ocppconnector.gateway.ocpp16.message.TriggerMessageStatus;
import org.ocppconnector.gateway.ocpp16.message.TriggerMessageStatusEnumType;
import org.ocppconnector.gateway.ocpp16.message.UnitOfMeasure;
import org.ocppconnector.gateway.ocpp16.message.UnlockStatus;
import org.ocppconnector.gateway.ocpp16.message.UpdateFirmwareStatusEnumType;
import org.ocppconnector.gateway.ocpp16.message.UpdateStatus;
import org.ocppconnector.gateway.ocpp16.message.UpdateType;
import org.ocppconnector.gateway.ocpp16.message.UploadLogStatusEnumType;
import org.ocppconnector.gateway.ocpp16.message.ValueFormat;

/** The wire spellings of every OCPP 1.6 enum, one codec each. */
final class EnumCodecs {

    static final EnumCodec<AuthorizationStatus> AUTHORIZATION_STATUS =
            EnumCodec.of(AuthorizationStatus.class, AuthorizationStatus::wireName);

    static final EnumCodec<AvailabilityStatus> AVAILABILITY_STATUS =
            EnumCodec.of(AvailabilityStatus.class, AvailabilityStatus::wireName);

    static final EnumCodec<AvailabilityType> AVAILABILITY_TYPE =
            EnumCodec.of(AvailabilityType.class, AvailabilityType::wireName);

    static final EnumCodec<CancelReservationStatus> CANCEL_RESERVATION_STATUS =
            EnumCodec.of(CancelReservationStatus.class, CancelReservationStatus::wireName);

    static final EnumCodec<ChargePointErrorCode> CHARGE_POINT_ERROR_CODE =
            EnumCodec.of(ChargePointErrorCode.class, ChargePointErrorCode::wireName);

    static final EnumCodec<ChargePointStatus> CHARGE_POINT_STATUS =
            EnumCodec.of(ChargePointStatus.class, ChargePointStatus::wireName);

    static final EnumCodec<ChargingProfileKindType> CHARGING_PROFILE_KIND_TYPE =
            EnumCodec.of(ChargingProfileKindType.class, ChargingProfileKindType::wireName);

    static final EnumCodec<ChargingProfilePurposeType> CHARGING_PROFILE_PURPOSE_TYPE =
            EnumCodec.of(ChargingProfilePurposeType.class, ChargingProfilePurposeType::wireName);

    static final EnumCodec<ChargingProfileStatus> CHARGING_PROFILE_STATUS =
            EnumCodec.of(ChargingProfileStatus.class, ChargingProfileStatus::wireName);

    static final EnumCodec<ChargingRateUnitType> CHARGING_RATE_UNIT_TYPE =
            EnumCodec.of(ChargingRateUnitType.class, ChargingRateUnitType::wireName);

    static final EnumCodec<ClearCacheStatus> CLEAR_CACHE_STATUS =
            EnumCodec.of(ClearCacheStatus.class, ClearCacheStatus::wireName);

    static final EnumCodec<ClearChargingProfileStatus> CLEAR_CHARGING_PROFILE_STATUS =
            EnumCodec.of(ClearChargingProfileStatus.class, ClearChargingProfileStatus::wireName);

    static final EnumCodec<ConfigurationStatus> CONFIGURATION_STATUS =
            EnumCodec.of(ConfigurationStatus.class, ConfigurationStatus::wireName);

    static final EnumCodec<DataTransferStatus> DATA_TRANSFER_STATUS =
            EnumCodec.of(DataTransferStatus.class, DataTransferStatus::wireName);

    static final EnumCodec<DiagnosticsStatus> DIAGNOSTICS_STATUS =
            EnumCodec.of(DiagnosticsStatus.class, DiagnosticsStatus::wireName);

    static final EnumCodec<FirmwareStatus> FIRMWARE_STATUS =
            EnumCodec.of(FirmwareStatus.class, FirmwareStatus::wireName);

    static final EnumCodec<GetCompositeScheduleStatus> GET_COMPOSITE_SCHEDULE_STATUS =
            EnumCodec.of(GetCompositeScheduleStatus.class, GetCompositeScheduleStatus::wireName);

    static final EnumCodec<Location> LOCATION =
            EnumCodec.of(Location.class, Location::wireName);

    static final EnumCodec<Measurand> MEASURAND =
            EnumCodec.of(Measurand.class, Measurand::wireName);

    static final EnumCodec<MessageTrigger> MESSAGE_TRIGGER =
            EnumCodec.of(MessageTrigger.class, MessageTrigger::wireName);

    static final EnumCodec<Phase> PHASE =
            EnumCodec.of(Phase.class, Phase::wireName);

    static final EnumCodec<ReadingContext> READING_CONTEXT =
            EnumCodec.of(ReadingContext.class, ReadingContext::wireName);

    static final EnumCodec<Reason> REASON =
            EnumCodec.of(Reason.class, Reason::wireName);

    static final EnumCodec<RecurrencyKindType> RECURRENCY_KIND_TYPE =
            EnumCodec.of(RecurrencyKindType.class, RecurrencyKindType::wireName);

    static final EnumCodec<RegistrationStatus> REGISTRATION_STATUS =
            EnumCodec.of(RegistrationStatus.class, RegistrationStatus::wireName);

    static final EnumCodec<RemoteStartStopStatus> REMOTE_START_STOP_STATUS =
            EnumCodec.of(RemoteStartStopStatus.class, RemoteStartStopStatus::wireName);

    static final EnumCodec<ReservationStatus> RESERVATION_STATUS =
            EnumCodec.of(ReservationStatus.class, ReservationStatus::wireName);

    static final EnumCodec<ResetStatus> RESET_STATUS =
            EnumCodec.of(ResetStatus.class, ResetStatus::wireName);

    static final EnumCodec<ResetType> RESET_TYPE =
            EnumCodec.of(ResetType.class, ResetType::wireName);

    static final EnumCodec<TriggerMessageStatus> TRIGGER_MESSAGE_STATUS =
            EnumCodec.of(TriggerMessageStatus.class, TriggerMessageStatus::wireName);

    static final EnumCodec<UnitOfMeasure> UNIT_OF_MEASURE =
            EnumCodec.of(UnitOfMeasure.class, UnitOfMeasure::wireName);

    static final EnumCodec<UnlockStatus> UNLOCK_STATUS =
            EnumCodec.of(UnlockStatus.class, UnlockStatus::wireName);

    static final EnumCodec<UpdateStatus> UPDATE_STATUS =
            EnumCodec.of(UpdateStatus.class, UpdateStatus::wireName);

    static final EnumCodec<UpdateType> UPDATE_TYPE =
            EnumCodec.of(UpdateType.class, UpdateType::wireName);

    static final EnumCodec<ValueFormat> VALUE_FORMAT =
            EnumCodec.of(ValueFormat.class, ValueFormat::wireName);

    static final EnumCodec<CertificateSignedStatusEnumType> CERTIFICATE_SIGNED_STATUS_ENUM_TYPE =
            EnumCodec.of(CertificateSignedStatusEnumType.class, CertificateSignedStatusEnumType::wireName);

    static final EnumCodec<CertificateUseEnumType> CERTIFICATE_USE_ENUM_TYPE =
            EnumCodec.of(CertificateUseEnumType.class, CertificateUseEnumType::wireName);

    static final EnumCodec<DeleteCertificateStatusEnumType> DELETE_CERTIFICATE_STATUS_ENUM_TYPE =
            EnumCodec.of(DeleteCertificateStatusEnumType.class, DeleteCertificateStatusEnumType::wireName);

    static final EnumCodec<FirmwareStatusEnumType> FIRMWARE_STATUS_ENUM_TYPE =
            EnumCodec.of(FirmwareStatusEnumType.class, FirmwareStatusEnumType::wireName);

    static final EnumCodec<GenericStatusEnumType> GENERIC_STATUS_ENUM_TYPE =
            EnumCodec.of(GenericStatusEnumType.class, GenericStatusEnumType::wireName);

    static final EnumCodec<GetInstalledCertificateStatusEnumType> GET_INSTALLED_CERTIFICATE_STATUS_ENUM_TYPE =
            EnumCodec.of(GetInstalledCertificateStatusEnumType.class, GetInstalledCertificateStatusEnumType::wireName);

    static final EnumCodec<HashAlgorithmEnumType> HASH_ALGORITHM_ENUM_TYPE =
            EnumCodec.of(HashAlgorithmEnumType.class, HashAlgorithmEnumType::wireName);

    static final EnumCodec<InstallCertificateStatusEnumType> INSTALL_CERTIFICATE_STATUS_ENUM_TYPE =
            EnumCodec.of(InstallCertificateStatusEnumType.class, InstallCertificateStatusEnumType::wireName);

    static final EnumCodec<LogEnumType> LOG_ENUM_TYPE =
            EnumCodec.of(LogEnumType.class, LogEnumType::wireName);

    static final EnumCodec<LogStatusEnumType> LOG_STATUS_ENUM_TYPE =
            EnumCodec.of(LogStatusEnumType.class, LogStatusEnumType::wireName);

    static final EnumCodec<MessageTriggerEnumType> MESSAGE_TRIGGER_ENUM_TYPE =
            EnumCodec.of(MessageTriggerEnumType.class, MessageTriggerEnumType::wireName);

    static final EnumCodec<TriggerMessageStatusEnumType> TRIGGER_MESSAGE_STATUS_ENUM_TYPE =
            EnumCodec.of(TriggerMessageStatusEnumType.class, TriggerMessageStatusEnumType::wireName);

    static final EnumCodec<UpdateFirmwareStatusEnumType> UPDATE_FIRMWARE_STATUS_ENUM_TYPE =
            EnumCodec.of(UpdateFirmwareStatusEnumType.class, UpdateFirmwareStatusEnumType::wireName);

    static final EnumCodec<UploadLogStatusEnumType> UPLOAD_LOG_STATUS_ENUM_TYPE =
            EnumCodec.of(UploadLogStatusEnumType.class, UploadLogStatusEnumType::wireName);

    private EnumCodecs() {}
}
