package org.ocppconnector.gateway.ocpp201;

import static org.ocppconnector.gateway.core.codec.ActionSpec.Sender.BOTH;
import static org.ocppconnector.gateway.core.codec.ActionSpec.Sender.CSMS;
import static org.ocppconnector.gateway.core.codec.ActionSpec.Sender.STATION;
import static org.ocppconnector.gateway.core.spi.ResponsePolicy.BACKEND;
import static org.ocppconnector.gateway.core.spi.ResponsePolicy.LOCAL;
import static org.ocppconnector.gateway.ocpp201.AuthorizationCodecs.AUTHORIZE_REQ;
import static org.ocppconnector.gateway.ocpp201.AuthorizationCodecs.AUTHORIZE_RES;
import static org.ocppconnector.gateway.ocpp201.AuthorizationCodecs.CLEAR_CACHE_REQ;
import static org.ocppconnector.gateway.ocpp201.AuthorizationCodecs.CLEAR_CACHE_RES;
import static org.ocppconnector.gateway.ocpp201.AvailabilityCodecs.CHANGE_AVAILABILITY_REQ;
import static org.ocppconnector.gateway.ocpp201.AvailabilityCodecs.CHANGE_AVAILABILITY_RES;
import static org.ocppconnector.gateway.ocpp201.AvailabilityCodecs.HEARTBEAT_REQ;
import static org.ocppconnector.gateway.ocpp201.AvailabilityCodecs.HEARTBEAT_RES;
import static org.ocppconnector.gateway.ocpp201.AvailabilityCodecs.STATUS_NOTIFICATION_REQ;
import static org.ocppconnector.gateway.ocpp201.AvailabilityCodecs.STATUS_NOTIFICATION_RES;
import static org.ocppconnector.gateway.ocpp201.CertificateManagementCodecs.DELETE_CERTIFICATE_REQ;
import static org.ocppconnector.gateway.ocpp201.CertificateManagementCodecs.DELETE_CERTIFICATE_RES;
import static org.ocppconnector.gateway.ocpp201.CertificateManagementCodecs.GET_15118_EV_CERTIFICATE_REQ;
import static org.ocppconnector.gateway.ocpp201.CertificateManagementCodecs.GET_15118_EV_CERTIFICATE_RES;
import static org.ocppconnector.gateway.ocpp201.CertificateManagementCodecs.GET_CERTIFICATE_STATUS_REQ;
import static org.ocppconnector.gateway.ocpp201.CertificateManagementCodecs.GET_CERTIFICATE_STATUS_RES;
import static org.ocppconnector.gateway.ocpp201.CertificateManagementCodecs.GET_INSTALLED_CERTIFICATE_IDS_REQ;
import static org.ocppconnector.gateway.ocpp201.CertificateManagementCodecs.GET_INSTALLED_CERTIFICATE_IDS_RES;
import static org.ocppconnector.gateway.ocpp201.CertificateManagementCodecs.INSTALL_CERTIFICATE_REQ;
import static org.ocppconnector.gateway.ocpp201.CertificateManagementCodecs.INSTALL_CERTIFICATE_RES;
import static org.ocppconnector.gateway.ocpp201.DataTransferCodecs.DATA_TRANSFER_REQ;
import static org.ocppconnector.gateway.ocpp201.DataTransferCodecs.DATA_TRANSFER_RES;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.CLEAR_VARIABLE_MONITORING_REQ;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.CLEAR_VARIABLE_MONITORING_RES;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.CUSTOMER_INFORMATION_REQ;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.CUSTOMER_INFORMATION_RES;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.GET_LOG_REQ;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.GET_LOG_RES;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.GET_MONITORING_REPORT_REQ;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.GET_MONITORING_REPORT_RES;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.LOG_STATUS_NOTIFICATION_REQ;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.LOG_STATUS_NOTIFICATION_RES;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.NOTIFY_CUSTOMER_INFORMATION_REQ;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.NOTIFY_CUSTOMER_INFORMATION_RES;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.NOTIFY_EVENT_REQ;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.NOTIFY_EVENT_RES;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.NOTIFY_MONITORING_REPORT_REQ;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.NOTIFY_MONITORING_REPORT_RES;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.SET_MONITORING_BASE_REQ;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.SET_MONITORING_BASE_RES;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.SET_MONITORING_LEVEL_REQ;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.SET_MONITORING_LEVEL_RES;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.SET_VARIABLE_MONITORING_REQ;
import static org.ocppconnector.gateway.ocpp201.DiagnosticsCodecs.SET_VARIABLE_MONITORING_RES;
import static org.ocppconnector.gateway.ocpp201.DisplayMessageCodecs.CLEAR_DISPLAY_MESSAGE_REQ;
import static org.ocppconnector.gateway.ocpp201.DisplayMessageCodecs.CLEAR_DISPLAY_MESSAGE_RES;
import static org.ocppconnector.gateway.ocpp201.DisplayMessageCodecs.GET_DISPLAY_MESSAGES_REQ;
import static org.ocppconnector.gateway.ocpp201.DisplayMessageCodecs.GET_DISPLAY_MESSAGES_RES;
import static org.ocppconnector.gateway.ocpp201.DisplayMessageCodecs.NOTIFY_DISPLAY_MESSAGES_REQ;
import static org.ocppconnector.gateway.ocpp201.DisplayMessageCodecs.NOTIFY_DISPLAY_MESSAGES_RES;
import static org.ocppconnector.gateway.ocpp201.DisplayMessageCodecs.SET_DISPLAY_MESSAGE_REQ;
import static org.ocppconnector.gateway.ocpp201.DisplayMessageCodecs.SET_DISPLAY_MESSAGE_RES;
import static org.ocppconnector.gateway.ocpp201.FirmwareManagementCodecs.FIRMWARE_STATUS_NOTIFICATION_REQ;
import static org.ocppconnector.gateway.ocpp201.FirmwareManagementCodecs.FIRMWARE_STATUS_NOTIFICATION_RES;
import static org.ocppconnector.gateway.ocpp201.FirmwareManagementCodecs.PUBLISH_FIRMWARE_REQ;
import static org.ocppconnector.gateway.ocpp201.FirmwareManagementCodecs.PUBLISH_FIRMWARE_RES;
import static org.ocppconnector.gateway.ocpp201.FirmwareManagementCodecs.PUBLISH_FIRMWARE_STATUS_NOTIFICATION_REQ;
import static org.ocppconnector.gateway.ocpp201.FirmwareManagementCodecs.PUBLISH_FIRMWARE_STATUS_NOTIFICATION_RES;
import static org.ocppconnector.gateway.ocpp201.FirmwareManagementCodecs.UNPUBLISH_FIRMWARE_REQ;
import static org.ocppconnector.gateway.ocpp201.FirmwareManagementCodecs.UNPUBLISH_FIRMWARE_RES;
import static org.ocppconnector.gateway.ocpp201.FirmwareManagementCodecs.UPDATE_FIRMWARE_REQ;
import static org.ocppconnector.gateway.ocpp201.FirmwareManagementCodecs.UPDATE_FIRMWARE_RES;
import static org.ocppconnector.gateway.ocpp201.LocalAuthorizationListCodecs.GET_LOCAL_LIST_VERSION_REQ;
import static org.ocppconnector.gateway.ocpp201.LocalAuthorizationListCodecs.GET_LOCAL_LIST_VERSION_RES;
import static org.ocppconnector.gateway.ocpp201.LocalAuthorizationListCodecs.SEND_LOCAL_LIST_REQ;
import static org.ocppconnector.gateway.ocpp201.LocalAuthorizationListCodecs.SEND_LOCAL_LIST_RES;
import static org.ocppconnector.gateway.ocpp201.MeterValuesCodecs.METER_VALUES_REQ;
import static org.ocppconnector.gateway.ocpp201.MeterValuesCodecs.METER_VALUES_RES;
import static org.ocppconnector.gateway.ocpp201.ProvisioningCodecs.BOOT_NOTIFICATION_REQ;
import static org.ocppconnector.gateway.ocpp201.ProvisioningCodecs.BOOT_NOTIFICATION_RES;
import static org.ocppconnector.gateway.ocpp201.ProvisioningCodecs.GET_BASE_REPORT_REQ;
import static org.ocppconnector.gateway.ocpp201.ProvisioningCodecs.GET_BASE_REPORT_RES;
import static org.ocppconnector.gateway.ocpp201.ProvisioningCodecs.GET_REPORT_REQ;
import static org.ocppconnector.gateway.ocpp201.ProvisioningCodecs.GET_REPORT_RES;
import static org.ocppconnector.gateway.ocpp201.ProvisioningCodecs.GET_VARIABLES_REQ;
import static org.ocppconnector.gateway.ocpp201.ProvisioningCodecs.GET_VARIABLES_RES;
import static org.ocppconnector.gateway.ocpp201.ProvisioningCodecs.NOTIFY_REPORT_REQ;
import static org.ocppconnector.gateway.ocpp201.ProvisioningCodecs.NOTIFY_REPORT_RES;
import static org.ocppconnector.gateway.ocpp201.ProvisioningCodecs.RESET_REQ;
import static org.ocppconnector.gateway.ocpp201.ProvisioningCodecs.RESET_RES;
import static org.ocppconnector.gateway.ocpp201.ProvisioningCodecs.SET_NETWORK_PROFILE_REQ;
import static org.ocppconnector.gateway.ocpp201.ProvisioningCodecs.SET_NETWORK_PROFILE_RES;
import static org.ocppconnector.gateway.ocpp201.ProvisioningCodecs.SET_VARIABLES_REQ;
import static org.ocppconnector.gateway.ocpp201.ProvisioningCodecs.SET_VARIABLES_RES;
import static org.ocppconnector.gateway.ocpp201.RemoteControlCodecs.REQUEST_START_TRANSACTION_REQ;
import static org.ocppconnector.gateway.ocpp201.RemoteControlCodecs.REQUEST_START_TRANSACTION_RES;
import static org.ocppconnector.gateway.ocpp201.RemoteControlCodecs.REQUEST_STOP_TRANSACTION_REQ;
import static org.ocppconnector.gateway.ocpp201.RemoteControlCodecs.REQUEST_STOP_TRANSACTION_RES;
import static org.ocppconnector.gateway.ocpp201.RemoteControlCodecs.TRIGGER_MESSAGE_REQ;
import static org.ocppconnector.gateway.ocpp201.RemoteControlCodecs.TRIGGER_MESSAGE_RES;
import static org.ocppconnector.gateway.ocpp201.RemoteControlCodecs.UNLOCK_CONNECTOR_REQ;
import static org.ocppconnector.gateway.ocpp201.RemoteControlCodecs.UNLOCK_CONNECTOR_RES;
import static org.ocppconnector.gateway.ocpp201.ReservationCodecs.CANCEL_RESERVATION_REQ;
import static org.ocppconnector.gateway.ocpp201.ReservationCodecs.CANCEL_RESERVATION_RES;
import static org.ocppconnector.gateway.ocpp201.ReservationCodecs.RESERVATION_STATUS_UPDATE_REQ;
import static org.ocppconnector.gateway.ocpp201.ReservationCodecs.RESERVATION_STATUS_UPDATE_RES;
import static org.ocppconnector.gateway.ocpp201.ReservationCodecs.RESERVE_NOW_REQ;
import static org.ocppconnector.gateway.ocpp201.ReservationCodecs.RESERVE_NOW_RES;
import static org.ocppconnector.gateway.ocpp201.SecurityCodecs.CERTIFICATE_SIGNED_REQ;
import static org.ocppconnector.gateway.ocpp201.SecurityCodecs.CERTIFICATE_SIGNED_RES;
import static org.ocppconnector.gateway.ocpp201.SecurityCodecs.SECURITY_EVENT_NOTIFICATION_REQ;
import static org.ocppconnector.gateway.ocpp201.SecurityCodecs.SECURITY_EVENT_NOTIFICATION_RES;
import static org.ocppconnector.gateway.ocpp201.SecurityCodecs.SIGN_CERTIFICATE_REQ;
import static org.ocppconnector.gateway.ocpp201.SecurityCodecs.SIGN_CERTIFICATE_RES;
import static org.ocppconnector.gateway.ocpp201.SmartChargingCodecs.CLEARED_CHARGING_LIMIT_REQ;
import static org.ocppconnector.gateway.ocpp201.SmartChargingCodecs.CLEARED_CHARGING_LIMIT_RES;
import static org.ocppconnector.gateway.ocpp201.SmartChargingCodecs.CLEAR_CHARGING_PROFILE_REQ;
import static org.ocppconnector.gateway.ocpp201.SmartChargingCodecs.CLEAR_CHARGING_PROFILE_RES;
import static org.ocppconnector.gateway.ocpp201.SmartChargingCodecs.GET_CHARGING_PROFILES_REQ;
import static org.ocppconnector.gateway.ocpp201.SmartChargingCodecs.GET_CHARGING_PROFILES_RES;
import static org.ocppconnector.gateway.ocpp201.SmartChargingCodecs.GET_COMPOSITE_SCHEDULE_REQ;
import static org.ocppconnector.gateway.ocpp201.SmartChargingCodecs.GET_COMPOSITE_SCHEDULE_RES;
import static org.ocppconnector.gateway.ocpp201.SmartChargingCodecs.NOTIFY_CHARGING_LIMIT_REQ;
import static org.ocppconnector.gateway.ocpp201.SmartChargingCodecs.NOTIFY_CHARGING_LIMIT_RES;
import static org.ocppconnector.gateway.ocpp201.SmartChargingCodecs.NOTIFY_EV_CHARGING_NEEDS_REQ;
import static org.ocppconnector.gateway.ocpp201.SmartChargingCodecs.NOTIFY_EV_CHARGING_NEEDS_RES;
import static org.ocppconnector.gateway.ocpp201.SmartChargingCodecs.NOTIFY_EV_CHARGING_SCHEDULE_REQ;
import static org.ocppconnector.gateway.ocpp201.SmartChargingCodecs.NOTIFY_EV_CHARGING_SCHEDULE_RES;
import static org.ocppconnector.gateway.ocpp201.SmartChargingCodecs.REPORT_CHARGING_PROFILES_REQ;
import static org.ocppconnector.gateway.ocpp201.SmartChargingCodecs.REPORT_CHARGING_PROFILES_RES;
import static org.ocppconnector.gateway.ocpp201.SmartChargingCodecs.SET_CHARGING_PROFILE_REQ;
import static org.ocppconnector.gateway.ocpp201.SmartChargingCodecs.SET_CHARGING_PROFILE_RES;
import static org.ocppconnector.gateway.ocpp201.TariffAndCostCodecs.COST_UPDATED_REQ;
import static org.ocppconnector.gateway.ocpp201.TariffAndCostCodecs.COST_UPDATED_RES;
import static org.ocppconnector.gateway.ocpp201.TransactionCodecs.GET_TRANSACTION_STATUS_REQ;
import static org.ocppconnector.gateway.ocpp201.TransactionCodecs.GET_TRANSACTION_STATUS_RES;
import static org.ocppconnector.gateway.ocpp201.TransactionCodecs.TRANSACTION_EVENT_REQ;
import static org.ocppconnector.gateway.ocpp201.TransactionCodecs.TRANSACTION_EVENT_RES;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.ActionSpec;
import org.ocppconnector.gateway.core.codec.ActionSpec.Sender;
import org.ocppconnector.gateway.core.codec.ObjectCodec;
import org.ocppconnector.gateway.core.spi.ResponsePolicy;
import org.ocppconnector.gateway.ocpp201.message.Ocpp201Request;
import org.ocppconnector.gateway.ocpp201.message.Ocpp201Response;

/**
 * The OCPP 2.0.1 action catalogue, by functional block of part 2: every action with who sends its
 * CALL, the default response policy of a station-to-CSMS action, and the codecs of its request and
 * response.
 *
 * <p>Default policies: the gateway answers notifications and reports itself (LOCAL), since their
 * responses carry nothing a backend decides; calls whose answer is a decision (authorization,
 * vendor data, ISO 15118 charging needs, certificates) wait for the backend.
 */
enum Ocpp201Action {
    // A Security
    CERTIFICATE_SIGNED("CertificateSigned", CSMS, null, CERTIFICATE_SIGNED_REQ, CERTIFICATE_SIGNED_RES),
    SECURITY_EVENT_NOTIFICATION("SecurityEventNotification", STATION, LOCAL,
            SECURITY_EVENT_NOTIFICATION_REQ, SECURITY_EVENT_NOTIFICATION_RES),
    SIGN_CERTIFICATE("SignCertificate", STATION, BACKEND, SIGN_CERTIFICATE_REQ, SIGN_CERTIFICATE_RES),
    // B Provisioning
    BOOT_NOTIFICATION("BootNotification", STATION, LOCAL, BOOT_NOTIFICATION_REQ, BOOT_NOTIFICATION_RES),
    GET_BASE_REPORT("GetBaseReport", CSMS, null, GET_BASE_REPORT_REQ, GET_BASE_REPORT_RES),
    GET_REPORT("GetReport", CSMS, null, GET_REPORT_REQ, GET_REPORT_RES),
    GET_VARIABLES("GetVariables", CSMS, null, GET_VARIABLES_REQ, GET_VARIABLES_RES),
    NOTIFY_REPORT("NotifyReport", STATION, LOCAL, NOTIFY_REPORT_REQ, NOTIFY_REPORT_RES),
    RESET("Reset", CSMS, null, RESET_REQ, RESET_RES),
    SET_NETWORK_PROFILE("SetNetworkProfile", CSMS, null, SET_NETWORK_PROFILE_REQ, SET_NETWORK_PROFILE_RES),
    SET_VARIABLES("SetVariables", CSMS, null, SET_VARIABLES_REQ, SET_VARIABLES_RES),
    // C Authorization
    AUTHORIZE("Authorize", STATION, BACKEND, AUTHORIZE_REQ, AUTHORIZE_RES),
    CLEAR_CACHE("ClearCache", CSMS, null, CLEAR_CACHE_REQ, CLEAR_CACHE_RES),
    // D Local Authorization List Management
    GET_LOCAL_LIST_VERSION("GetLocalListVersion", CSMS, null, GET_LOCAL_LIST_VERSION_REQ, GET_LOCAL_LIST_VERSION_RES),
    SEND_LOCAL_LIST("SendLocalList", CSMS, null, SEND_LOCAL_LIST_REQ, SEND_LOCAL_LIST_RES),
    // E Transactions
    GET_TRANSACTION_STATUS("GetTransactionStatus", CSMS, null, GET_TRANSACTION_STATUS_REQ, GET_TRANSACTION_STATUS_RES),
    TRANSACTION_EVENT("TransactionEvent", STATION, LOCAL, TRANSACTION_EVENT_REQ, TRANSACTION_EVENT_RES),
    // F Remote Control
    REQUEST_START_TRANSACTION("RequestStartTransaction", CSMS, null,
            REQUEST_START_TRANSACTION_REQ, REQUEST_START_TRANSACTION_RES),
    REQUEST_STOP_TRANSACTION("RequestStopTransaction", CSMS, null,
            REQUEST_STOP_TRANSACTION_REQ, REQUEST_STOP_TRANSACTION_RES),
    TRIGGER_MESSAGE("TriggerMessage", CSMS, null, TRIGGER_MESSAGE_REQ, TRIGGER_MESSAGE_RES),
    UNLOCK_CONNECTOR("UnlockConnector", CSMS, null, UNLOCK_CONNECTOR_REQ, UNLOCK_CONNECTOR_RES),
    // G Availability
    CHANGE_AVAILABILITY("ChangeAvailability", CSMS, null, CHANGE_AVAILABILITY_REQ, CHANGE_AVAILABILITY_RES),
    HEARTBEAT("Heartbeat", STATION, LOCAL, HEARTBEAT_REQ, HEARTBEAT_RES),
    STATUS_NOTIFICATION("StatusNotification", STATION, LOCAL, STATUS_NOTIFICATION_REQ, STATUS_NOTIFICATION_RES),
    // H Reservation
    CANCEL_RESERVATION("CancelReservation", CSMS, null, CANCEL_RESERVATION_REQ, CANCEL_RESERVATION_RES),
    RESERVATION_STATUS_UPDATE("ReservationStatusUpdate", STATION, LOCAL,
            RESERVATION_STATUS_UPDATE_REQ, RESERVATION_STATUS_UPDATE_RES),
    RESERVE_NOW("ReserveNow", CSMS, null, RESERVE_NOW_REQ, RESERVE_NOW_RES),
    // I Tariff And Cost
    COST_UPDATED("CostUpdated", CSMS, null, COST_UPDATED_REQ, COST_UPDATED_RES),
    // J Meter Values
    METER_VALUES("MeterValues", STATION, LOCAL, METER_VALUES_REQ, METER_VALUES_RES),
    // K Smart Charging
    CLEAR_CHARGING_PROFILE("ClearChargingProfile", CSMS, null, CLEAR_CHARGING_PROFILE_REQ, CLEAR_CHARGING_PROFILE_RES),
    CLEARED_CHARGING_LIMIT("ClearedChargingLimit", STATION, LOCAL,
            CLEARED_CHARGING_LIMIT_REQ, CLEARED_CHARGING_LIMIT_RES),
    GET_CHARGING_PROFILES("GetChargingProfiles", CSMS, null, GET_CHARGING_PROFILES_REQ, GET_CHARGING_PROFILES_RES),
    GET_COMPOSITE_SCHEDULE("GetCompositeSchedule", CSMS, null, GET_COMPOSITE_SCHEDULE_REQ, GET_COMPOSITE_SCHEDULE_RES),
    NOTIFY_CHARGING_LIMIT("NotifyChargingLimit", STATION, LOCAL, NOTIFY_CHARGING_LIMIT_REQ, NOTIFY_CHARGING_LIMIT_RES),
    NOTIFY_EV_CHARGING_NEEDS("NotifyEVChargingNeeds", STATION, BACKEND,
            NOTIFY_EV_CHARGING_NEEDS_REQ, NOTIFY_EV_CHARGING_NEEDS_RES),
    NOTIFY_EV_CHARGING_SCHEDULE("NotifyEVChargingSchedule", STATION, LOCAL,
            NOTIFY_EV_CHARGING_SCHEDULE_REQ, NOTIFY_EV_CHARGING_SCHEDULE_RES),
    REPORT_CHARGING_PROFILES("ReportChargingProfiles", STATION, LOCAL,
            REPORT_CHARGING_PROFILES_REQ, REPORT_CHARGING_PROFILES_RES),
    SET_CHARGING_PROFILE("SetChargingProfile", CSMS, null, SET_CHARGING_PROFILE_REQ, SET_CHARGING_PROFILE_RES),
    // L Firmware Management
    FIRMWARE_STATUS_NOTIFICATION("FirmwareStatusNotification", STATION, LOCAL,
            FIRMWARE_STATUS_NOTIFICATION_REQ, FIRMWARE_STATUS_NOTIFICATION_RES),
    PUBLISH_FIRMWARE("PublishFirmware", CSMS, null, PUBLISH_FIRMWARE_REQ, PUBLISH_FIRMWARE_RES),
    PUBLISH_FIRMWARE_STATUS_NOTIFICATION("PublishFirmwareStatusNotification", STATION, LOCAL,
            PUBLISH_FIRMWARE_STATUS_NOTIFICATION_REQ, PUBLISH_FIRMWARE_STATUS_NOTIFICATION_RES),
    UNPUBLISH_FIRMWARE("UnpublishFirmware", CSMS, null, UNPUBLISH_FIRMWARE_REQ, UNPUBLISH_FIRMWARE_RES),
    UPDATE_FIRMWARE("UpdateFirmware", CSMS, null, UPDATE_FIRMWARE_REQ, UPDATE_FIRMWARE_RES),
    // M ISO 15118 Certificate Management
    DELETE_CERTIFICATE("DeleteCertificate", CSMS, null, DELETE_CERTIFICATE_REQ, DELETE_CERTIFICATE_RES),
    GET_15118_EV_CERTIFICATE("Get15118EVCertificate", STATION, BACKEND,
            GET_15118_EV_CERTIFICATE_REQ, GET_15118_EV_CERTIFICATE_RES),
    GET_CERTIFICATE_STATUS("GetCertificateStatus", STATION, BACKEND,
            GET_CERTIFICATE_STATUS_REQ, GET_CERTIFICATE_STATUS_RES),
    GET_INSTALLED_CERTIFICATE_IDS("GetInstalledCertificateIds", CSMS, null,
            GET_INSTALLED_CERTIFICATE_IDS_REQ, GET_INSTALLED_CERTIFICATE_IDS_RES),
    INSTALL_CERTIFICATE("InstallCertificate", CSMS, null, INSTALL_CERTIFICATE_REQ, INSTALL_CERTIFICATE_RES),
    // N Diagnostics
    CLEAR_VARIABLE_MONITORING("ClearVariableMonitoring", CSMS, null,
            CLEAR_VARIABLE_MONITORING_REQ, CLEAR_VARIABLE_MONITORING_RES),
    CUSTOMER_INFORMATION("CustomerInformation", CSMS, null, CUSTOMER_INFORMATION_REQ, CUSTOMER_INFORMATION_RES),
    GET_LOG("GetLog", CSMS, null, GET_LOG_REQ, GET_LOG_RES),
    GET_MONITORING_REPORT("GetMonitoringReport", CSMS, null, GET_MONITORING_REPORT_REQ, GET_MONITORING_REPORT_RES),
    LOG_STATUS_NOTIFICATION("LogStatusNotification", STATION, LOCAL,
            LOG_STATUS_NOTIFICATION_REQ, LOG_STATUS_NOTIFICATION_RES),
    NOTIFY_CUSTOMER_INFORMATION("NotifyCustomerInformation", STATION, LOCAL,
            NOTIFY_CUSTOMER_INFORMATION_REQ, NOTIFY_CUSTOMER_INFORMATION_RES),
    NOTIFY_EVENT("NotifyEvent", STATION, LOCAL, NOTIFY_EVENT_REQ, NOTIFY_EVENT_RES),
    NOTIFY_MONITORING_REPORT("NotifyMonitoringReport", STATION, LOCAL,
            NOTIFY_MONITORING_REPORT_REQ, NOTIFY_MONITORING_REPORT_RES),
    SET_MONITORING_BASE("SetMonitoringBase", CSMS, null, SET_MONITORING_BASE_REQ, SET_MONITORING_BASE_RES),
    SET_MONITORING_LEVEL("SetMonitoringLevel", CSMS, null, SET_MONITORING_LEVEL_REQ, SET_MONITORING_LEVEL_RES),
    SET_VARIABLE_MONITORING("SetVariableMonitoring", CSMS, null,
            SET_VARIABLE_MONITORING_REQ, SET_VARIABLE_MONITORING_RES),
    // O Display Message
    CLEAR_DISPLAY_MESSAGE("ClearDisplayMessage", CSMS, null, CLEAR_DISPLAY_MESSAGE_REQ, CLEAR_DISPLAY_MESSAGE_RES),
    GET_DISPLAY_MESSAGES("GetDisplayMessages", CSMS, null, GET_DISPLAY_MESSAGES_REQ, GET_DISPLAY_MESSAGES_RES),
    NOTIFY_DISPLAY_MESSAGES("NotifyDisplayMessages", STATION, LOCAL,
            NOTIFY_DISPLAY_MESSAGES_REQ, NOTIFY_DISPLAY_MESSAGES_RES),
    SET_DISPLAY_MESSAGE("SetDisplayMessage", CSMS, null, SET_DISPLAY_MESSAGE_REQ, SET_DISPLAY_MESSAGE_RES),
    // P Data Transfer; OCPP 2.0.1 part 2 P01/P02: the one action either side may send.
    DATA_TRANSFER("DataTransfer", BOTH, BACKEND, DATA_TRANSFER_REQ, DATA_TRANSFER_RES);

    private final ActionSpec<Ocpp201Request, Ocpp201Response> spec;

    Ocpp201Action(
            String wireName,
            Sender sender,
            @Nullable ResponsePolicy defaultPolicy,
            ObjectCodec<? extends Ocpp201Request> request,
            ObjectCodec<? extends Ocpp201Response> response) {
        this.spec = new ActionSpec<>(wireName, sender, defaultPolicy, request, response);
    }

    /** The wire name, directions, default policy and codecs. */
    ActionSpec<Ocpp201Request, Ocpp201Response> spec() {
        return spec;
    }
}
