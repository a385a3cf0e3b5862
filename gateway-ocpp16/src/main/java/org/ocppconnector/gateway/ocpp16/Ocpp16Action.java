package org.ocppconnector.gateway.ocpp16;

import static org.ocppconnector.gateway.core.codec.ActionSpec.Sender.BOTH;
import static org.ocppconnector.gateway.core.codec.ActionSpec.Sender.CSMS;
import static org.ocppconnector.gateway.core.codec.ActionSpec.Sender.STATION;
import static org.ocppconnector.gateway.core.spi.ResponsePolicy.BACKEND;
import static org.ocppconnector.gateway.core.spi.ResponsePolicy.LOCAL;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.AUTHORIZE_CONF;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.AUTHORIZE_REQ;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.BOOT_NOTIFICATION_CONF;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.BOOT_NOTIFICATION_REQ;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.CHANGE_AVAILABILITY_CONF;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.CHANGE_AVAILABILITY_REQ;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.CHANGE_CONFIGURATION_CONF;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.CHANGE_CONFIGURATION_REQ;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.CLEAR_CACHE_CONF;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.CLEAR_CACHE_REQ;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.DATA_TRANSFER_CONF;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.DATA_TRANSFER_REQ;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.GET_CONFIGURATION_CONF;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.GET_CONFIGURATION_REQ;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.HEARTBEAT_CONF;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.HEARTBEAT_REQ;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.METER_VALUES_CONF;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.METER_VALUES_REQ;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.REMOTE_START_TRANSACTION_CONF;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.REMOTE_START_TRANSACTION_REQ;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.REMOTE_STOP_TRANSACTION_CONF;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.REMOTE_STOP_TRANSACTION_REQ;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.RESET_CONF;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.RESET_REQ;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.START_TRANSACTION_CONF;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.START_TRANSACTION_REQ;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.STATUS_NOTIFICATION_CONF;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.STATUS_NOTIFICATION_REQ;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.STOP_TRANSACTION_CONF;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.STOP_TRANSACTION_REQ;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.UNLOCK_CONNECTOR_CONF;
import static org.ocppconnector.gateway.ocpp16.CoreProfileCodecs.UNLOCK_CONNECTOR_REQ;
import static org.ocppconnector.gateway.ocpp16.FirmwareManagementCodecs.DIAGNOSTICS_STATUS_NOTIFICATION_CONF;
import static org.ocppconnector.gateway.ocpp16.FirmwareManagementCodecs.DIAGNOSTICS_STATUS_NOTIFICATION_REQ;
import static org.ocppconnector.gateway.ocpp16.FirmwareManagementCodecs.FIRMWARE_STATUS_NOTIFICATION_CONF;
import static org.ocppconnector.gateway.ocpp16.FirmwareManagementCodecs.FIRMWARE_STATUS_NOTIFICATION_REQ;
import static org.ocppconnector.gateway.ocpp16.FirmwareManagementCodecs.GET_DIAGNOSTICS_CONF;
import static org.ocppconnector.gateway.ocpp16.FirmwareManagementCodecs.GET_DIAGNOSTICS_REQ;
import static org.ocppconnector.gateway.ocpp16.FirmwareManagementCodecs.UPDATE_FIRMWARE_CONF;
import static org.ocppconnector.gateway.ocpp16.FirmwareManagementCodecs.UPDATE_FIRMWARE_REQ;
import static org.ocppconnector.gateway.ocpp16.LocalAuthListCodecs.GET_LOCAL_LIST_VERSION_CONF;
import static org.ocppconnector.gateway.ocpp16.LocalAuthListCodecs.GET_LOCAL_LIST_VERSION_REQ;
import static org.ocppconnector.gateway.ocpp16.LocalAuthListCodecs.SEND_LOCAL_LIST_CONF;
import static org.ocppconnector.gateway.ocpp16.LocalAuthListCodecs.SEND_LOCAL_LIST_REQ;
import static org.ocppconnector.gateway.ocpp16.RemoteTriggerCodecs.TRIGGER_MESSAGE_CONF;
import static org.ocppconnector.gateway.ocpp16.RemoteTriggerCodecs.TRIGGER_MESSAGE_REQ;
import static org.ocppconnector.gateway.ocpp16.ReservationCodecs.CANCEL_RESERVATION_CONF;
import static org.ocppconnector.gateway.ocpp16.ReservationCodecs.CANCEL_RESERVATION_REQ;
import static org.ocppconnector.gateway.ocpp16.ReservationCodecs.RESERVE_NOW_CONF;
import static org.ocppconnector.gateway.ocpp16.ReservationCodecs.RESERVE_NOW_REQ;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.CERTIFICATE_SIGNED_CONF;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.CERTIFICATE_SIGNED_REQ;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.DELETE_CERTIFICATE_CONF;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.DELETE_CERTIFICATE_REQ;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.EXTENDED_TRIGGER_MESSAGE_CONF;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.EXTENDED_TRIGGER_MESSAGE_REQ;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.GET_INSTALLED_CERTIFICATE_IDS_CONF;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.GET_INSTALLED_CERTIFICATE_IDS_REQ;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.GET_LOG_CONF;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.GET_LOG_REQ;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.INSTALL_CERTIFICATE_CONF;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.INSTALL_CERTIFICATE_REQ;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.LOG_STATUS_NOTIFICATION_CONF;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.LOG_STATUS_NOTIFICATION_REQ;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.SECURITY_EVENT_NOTIFICATION_CONF;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.SECURITY_EVENT_NOTIFICATION_REQ;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.SIGNED_FIRMWARE_STATUS_NOTIFICATION_CONF;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.SIGNED_FIRMWARE_STATUS_NOTIFICATION_REQ;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.SIGNED_UPDATE_FIRMWARE_CONF;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.SIGNED_UPDATE_FIRMWARE_REQ;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.SIGN_CERTIFICATE_CONF;
import static org.ocppconnector.gateway.ocpp16.SecurityCodecs.SIGN_CERTIFICATE_REQ;
import static org.ocppconnector.gateway.ocpp16.SmartChargingCodecs.CLEAR_CHARGING_PROFILE_CONF;
import static org.ocppconnector.gateway.ocpp16.SmartChargingCodecs.CLEAR_CHARGING_PROFILE_REQ;
import static org.ocppconnector.gateway.ocpp16.SmartChargingCodecs.GET_COMPOSITE_SCHEDULE_CONF;
import static org.ocppconnector.gateway.ocpp16.SmartChargingCodecs.GET_COMPOSITE_SCHEDULE_REQ;
import static org.ocppconnector.gateway.ocpp16.SmartChargingCodecs.SET_CHARGING_PROFILE_CONF;
import static org.ocppconnector.gateway.ocpp16.SmartChargingCodecs.SET_CHARGING_PROFILE_REQ;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.ActionSpec;
import org.ocppconnector.gateway.core.codec.ActionSpec.Sender;
import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.core.spi.ResponsePolicy;
import org.ocppconnector.gateway.ocpp16.message.Ocpp16Confirmation;
import org.ocppconnector.gateway.ocpp16.message.Ocpp16Request;

/**
 * The OCPP 1.6 action catalogue: every action with who sends its CALL, the default response policy
 * of a station-to-CSMS action, and the codecs of its request and confirmation.
 *
 * <p>Default policies: the gateway answers notifications itself (LOCAL), since their confirmations
 * carry nothing a backend decides; calls whose answer is a decision (authorization, transaction id,
 * vendor data, certificate signing) wait for the backend.
 */
enum Ocpp16Action {
    // Core profile
    AUTHORIZE("Authorize", STATION, BACKEND, AUTHORIZE_REQ, AUTHORIZE_CONF),
    BOOT_NOTIFICATION("BootNotification", STATION, LOCAL, BOOT_NOTIFICATION_REQ, BOOT_NOTIFICATION_CONF),
    CHANGE_AVAILABILITY("ChangeAvailability", CSMS, null, CHANGE_AVAILABILITY_REQ, CHANGE_AVAILABILITY_CONF),
    CHANGE_CONFIGURATION("ChangeConfiguration", CSMS, null, CHANGE_CONFIGURATION_REQ, CHANGE_CONFIGURATION_CONF),
    CLEAR_CACHE("ClearCache", CSMS, null, CLEAR_CACHE_REQ, CLEAR_CACHE_CONF),
    // OCPP 1.6 §4.3 and §5.6: DataTransfer is the one action either side may send.
    DATA_TRANSFER("DataTransfer", BOTH, BACKEND, DATA_TRANSFER_REQ, DATA_TRANSFER_CONF),
    GET_CONFIGURATION("GetConfiguration", CSMS, null, GET_CONFIGURATION_REQ, GET_CONFIGURATION_CONF),
    HEARTBEAT("Heartbeat", STATION, LOCAL, HEARTBEAT_REQ, HEARTBEAT_CONF),
    METER_VALUES("MeterValues", STATION, LOCAL, METER_VALUES_REQ, METER_VALUES_CONF),
    REMOTE_START_TRANSACTION("RemoteStartTransaction", CSMS, null,
            REMOTE_START_TRANSACTION_REQ, REMOTE_START_TRANSACTION_CONF),
    REMOTE_STOP_TRANSACTION("RemoteStopTransaction", CSMS, null,
            REMOTE_STOP_TRANSACTION_REQ, REMOTE_STOP_TRANSACTION_CONF),
    RESET("Reset", CSMS, null, RESET_REQ, RESET_CONF),
    START_TRANSACTION("StartTransaction", STATION, BACKEND, START_TRANSACTION_REQ, START_TRANSACTION_CONF),
    STATUS_NOTIFICATION("StatusNotification", STATION, LOCAL, STATUS_NOTIFICATION_REQ, STATUS_NOTIFICATION_CONF),
    STOP_TRANSACTION("StopTransaction", STATION, LOCAL, STOP_TRANSACTION_REQ, STOP_TRANSACTION_CONF),
    UNLOCK_CONNECTOR("UnlockConnector", CSMS, null, UNLOCK_CONNECTOR_REQ, UNLOCK_CONNECTOR_CONF),
    // Firmware Management profile
    DIAGNOSTICS_STATUS_NOTIFICATION("DiagnosticsStatusNotification", STATION, LOCAL,
            DIAGNOSTICS_STATUS_NOTIFICATION_REQ, DIAGNOSTICS_STATUS_NOTIFICATION_CONF),
    FIRMWARE_STATUS_NOTIFICATION("FirmwareStatusNotification", STATION, LOCAL,
            FIRMWARE_STATUS_NOTIFICATION_REQ, FIRMWARE_STATUS_NOTIFICATION_CONF),
    GET_DIAGNOSTICS("GetDiagnostics", CSMS, null, GET_DIAGNOSTICS_REQ, GET_DIAGNOSTICS_CONF),
    UPDATE_FIRMWARE("UpdateFirmware", CSMS, null, UPDATE_FIRMWARE_REQ, UPDATE_FIRMWARE_CONF),
    // Local Auth List Management profile
    GET_LOCAL_LIST_VERSION("GetLocalListVersion", CSMS, null, GET_LOCAL_LIST_VERSION_REQ, GET_LOCAL_LIST_VERSION_CONF),
    SEND_LOCAL_LIST("SendLocalList", CSMS, null, SEND_LOCAL_LIST_REQ, SEND_LOCAL_LIST_CONF),
    // Reservation profile
    CANCEL_RESERVATION("CancelReservation", CSMS, null, CANCEL_RESERVATION_REQ, CANCEL_RESERVATION_CONF),
    RESERVE_NOW("ReserveNow", CSMS, null, RESERVE_NOW_REQ, RESERVE_NOW_CONF),
    // Smart Charging profile
    CLEAR_CHARGING_PROFILE("ClearChargingProfile", CSMS, null, CLEAR_CHARGING_PROFILE_REQ, CLEAR_CHARGING_PROFILE_CONF),
    GET_COMPOSITE_SCHEDULE("GetCompositeSchedule", CSMS, null, GET_COMPOSITE_SCHEDULE_REQ, GET_COMPOSITE_SCHEDULE_CONF),
    SET_CHARGING_PROFILE("SetChargingProfile", CSMS, null, SET_CHARGING_PROFILE_REQ, SET_CHARGING_PROFILE_CONF),
    // Remote Trigger profile
    TRIGGER_MESSAGE("TriggerMessage", CSMS, null, TRIGGER_MESSAGE_REQ, TRIGGER_MESSAGE_CONF),
    // Security extension
    CERTIFICATE_SIGNED("CertificateSigned", CSMS, null, CERTIFICATE_SIGNED_REQ, CERTIFICATE_SIGNED_CONF),
    DELETE_CERTIFICATE("DeleteCertificate", CSMS, null, DELETE_CERTIFICATE_REQ, DELETE_CERTIFICATE_CONF),
    EXTENDED_TRIGGER_MESSAGE("ExtendedTriggerMessage", CSMS, null,
            EXTENDED_TRIGGER_MESSAGE_REQ, EXTENDED_TRIGGER_MESSAGE_CONF),
    GET_INSTALLED_CERTIFICATE_IDS("GetInstalledCertificateIds", CSMS, null,
            GET_INSTALLED_CERTIFICATE_IDS_REQ, GET_INSTALLED_CERTIFICATE_IDS_CONF),
    GET_LOG("GetLog", CSMS, null, GET_LOG_REQ, GET_LOG_CONF),
    INSTALL_CERTIFICATE("InstallCertificate", CSMS, null, INSTALL_CERTIFICATE_REQ, INSTALL_CERTIFICATE_CONF),
    LOG_STATUS_NOTIFICATION("LogStatusNotification", STATION, LOCAL,
            LOG_STATUS_NOTIFICATION_REQ, LOG_STATUS_NOTIFICATION_CONF),
    SECURITY_EVENT_NOTIFICATION("SecurityEventNotification", STATION, LOCAL,
            SECURITY_EVENT_NOTIFICATION_REQ, SECURITY_EVENT_NOTIFICATION_CONF),
    SIGN_CERTIFICATE("SignCertificate", STATION, BACKEND, SIGN_CERTIFICATE_REQ, SIGN_CERTIFICATE_CONF),
    SIGNED_FIRMWARE_STATUS_NOTIFICATION("SignedFirmwareStatusNotification", STATION, LOCAL,
            SIGNED_FIRMWARE_STATUS_NOTIFICATION_REQ, SIGNED_FIRMWARE_STATUS_NOTIFICATION_CONF),
    SIGNED_UPDATE_FIRMWARE("SignedUpdateFirmware", CSMS, null,
            SIGNED_UPDATE_FIRMWARE_REQ, SIGNED_UPDATE_FIRMWARE_CONF);

    private final ActionSpec<Ocpp16Request, Ocpp16Confirmation> spec;

    Ocpp16Action(
            String wireName,
            Sender sender,
            @Nullable ResponsePolicy defaultPolicy,
            ObjectCodec<? extends Ocpp16Request> request,
            ObjectCodec<? extends Ocpp16Confirmation> confirmation) {
        this.spec = new ActionSpec<>(wireName, sender, defaultPolicy, request, confirmation);
    }

    /** The wire name, directions, default policy and codecs. */
    ActionSpec<Ocpp16Request, Ocpp16Confirmation> spec() {
        return spec;
    }
}
