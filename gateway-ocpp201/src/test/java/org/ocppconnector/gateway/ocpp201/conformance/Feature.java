package org.ocppconnector.gateway.ocpp201.conformance;

import static org.ocppconnector.gateway.core.spi.Direction.CSMS_TO_STATION;
import static org.ocppconnector.gateway.core.spi.Direction.STATION_TO_CSMS;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ocppconnector.gateway.core.spi.Direction;

/**
 * The functional blocks A to P of OCPP 2.0.1 part 2, each with its actions and who sends their
 * CALL: the expected catalogue, written down from the specification independently of the code.
 */
enum Feature {
    SECURITY(Map.of(
            "CertificateSigned", EnumSet.of(CSMS_TO_STATION),
            "SecurityEventNotification", EnumSet.of(STATION_TO_CSMS),
            "SignCertificate", EnumSet.of(STATION_TO_CSMS))),
    PROVISIONING(Map.of(
            "BootNotification", EnumSet.of(STATION_TO_CSMS),
            "GetBaseReport", EnumSet.of(CSMS_TO_STATION),
            "GetReport", EnumSet.of(CSMS_TO_STATION),
            "GetVariables", EnumSet.of(CSMS_TO_STATION),
            "NotifyReport", EnumSet.of(STATION_TO_CSMS),
            "Reset", EnumSet.of(CSMS_TO_STATION),
            "SetNetworkProfile", EnumSet.of(CSMS_TO_STATION),
            "SetVariables", EnumSet.of(CSMS_TO_STATION))),
    AUTHORIZATION(Map.of(
            "Authorize", EnumSet.of(STATION_TO_CSMS),
            "ClearCache", EnumSet.of(CSMS_TO_STATION))),
    LOCAL_AUTHORIZATION_LIST_MANAGEMENT(Map.of(
            "GetLocalListVersion", EnumSet.of(CSMS_TO_STATION),
            "SendLocalList", EnumSet.of(CSMS_TO_STATION))),
    TRANSACTIONS(Map.of(
            "GetTransactionStatus", EnumSet.of(CSMS_TO_STATION),
            "TransactionEvent", EnumSet.of(STATION_TO_CSMS))),
    REMOTE_CONTROL(Map.of(
            "RequestStartTransaction", EnumSet.of(CSMS_TO_STATION),
            "RequestStopTransaction", EnumSet.of(CSMS_TO_STATION),
            "TriggerMessage", EnumSet.of(CSMS_TO_STATION),
            "UnlockConnector", EnumSet.of(CSMS_TO_STATION))),
    AVAILABILITY(Map.of(
            "ChangeAvailability", EnumSet.of(CSMS_TO_STATION),
            "Heartbeat", EnumSet.of(STATION_TO_CSMS),
            "StatusNotification", EnumSet.of(STATION_TO_CSMS))),
    RESERVATION(Map.of(
            "CancelReservation", EnumSet.of(CSMS_TO_STATION),
            "ReservationStatusUpdate", EnumSet.of(STATION_TO_CSMS),
            "ReserveNow", EnumSet.of(CSMS_TO_STATION))),
    TARIFF_AND_COST(Map.of(
            "CostUpdated", EnumSet.of(CSMS_TO_STATION))),
    METER_VALUES(Map.of(
            "MeterValues", EnumSet.of(STATION_TO_CSMS))),
    SMART_CHARGING(Map.of(
            "ClearChargingProfile", EnumSet.of(CSMS_TO_STATION),
            "ClearedChargingLimit", EnumSet.of(STATION_TO_CSMS),
            "GetChargingProfiles", EnumSet.of(CSMS_TO_STATION),
            "GetCompositeSchedule", EnumSet.of(CSMS_TO_STATION),
            "NotifyChargingLimit", EnumSet.of(STATION_TO_CSMS),
            "NotifyEVChargingNeeds", EnumSet.of(STATION_TO_CSMS),
            "NotifyEVChargingSchedule", EnumSet.of(STATION_TO_CSMS),
            "ReportChargingProfiles", EnumSet.of(STATION_TO_CSMS),
            "SetChargingProfile", EnumSet.of(CSMS_TO_STATION))),
    FIRMWARE_MANAGEMENT(Map.of(
            "FirmwareStatusNotification", EnumSet.of(STATION_TO_CSMS),
            "PublishFirmware", EnumSet.of(CSMS_TO_STATION),
            "PublishFirmwareStatusNotification", EnumSet.of(STATION_TO_CSMS),
            "UnpublishFirmware", EnumSet.of(CSMS_TO_STATION),
            "UpdateFirmware", EnumSet.of(CSMS_TO_STATION))),
    ISO15118_CERTIFICATE_MANAGEMENT(Map.of(
            "DeleteCertificate", EnumSet.of(CSMS_TO_STATION),
            "Get15118EVCertificate", EnumSet.of(STATION_TO_CSMS),
            "GetCertificateStatus", EnumSet.of(STATION_TO_CSMS),
            "GetInstalledCertificateIds", EnumSet.of(CSMS_TO_STATION),
            "InstallCertificate", EnumSet.of(CSMS_TO_STATION))),
    DIAGNOSTICS(Map.ofEntries(
            Map.entry("ClearVariableMonitoring", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("CustomerInformation", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("GetLog", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("GetMonitoringReport", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("LogStatusNotification", EnumSet.of(STATION_TO_CSMS)),
            Map.entry("NotifyCustomerInformation", EnumSet.of(STATION_TO_CSMS)),
            Map.entry("NotifyEvent", EnumSet.of(STATION_TO_CSMS)),
            Map.entry("NotifyMonitoringReport", EnumSet.of(STATION_TO_CSMS)),
            Map.entry("SetMonitoringBase", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("SetMonitoringLevel", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("SetVariableMonitoring", EnumSet.of(CSMS_TO_STATION)))),
    DISPLAY_MESSAGE(Map.of(
            "ClearDisplayMessage", EnumSet.of(CSMS_TO_STATION),
            "GetDisplayMessages", EnumSet.of(CSMS_TO_STATION),
            "NotifyDisplayMessages", EnumSet.of(STATION_TO_CSMS),
            "SetDisplayMessage", EnumSet.of(CSMS_TO_STATION))),
    DATA_TRANSFER(Map.of(
            "DataTransfer", EnumSet.of(STATION_TO_CSMS, CSMS_TO_STATION)));

    private final Map<String, Set<Direction>> actions;

    Feature(Map<String, ? extends Set<Direction>> actions) {
        this.actions = Map.copyOf(actions);
    }

    /** Action name to the directions its CALL goes in. */
    Map<String, Set<Direction>> actions() {
        return actions;
    }
}
