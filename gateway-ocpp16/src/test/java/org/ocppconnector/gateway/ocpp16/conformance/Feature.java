package org.ocppconnector.gateway.ocpp16.conformance;

import static org.ocppconnector.gateway.core.spi.Direction.CSMS_TO_STATION;
import static org.ocppconnector.gateway.core.spi.Direction.STATION_TO_CSMS;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ocppconnector.gateway.core.spi.Direction;

/**
 * The OCPP 1.6 feature profiles (OCPP 1.6 §3) and the security extension, each with its actions
 * and who sends their CALL (OCPP 1.6 §4 station-initiated, §5 central-system-initiated; the
 * security whitepaper for its 11): the expected catalogue, written down independently of the code.
 */
enum Feature {
    CORE(Map.ofEntries(
            Map.entry("Authorize", EnumSet.of(STATION_TO_CSMS)),
            Map.entry("BootNotification", EnumSet.of(STATION_TO_CSMS)),
            Map.entry("ChangeAvailability", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("ChangeConfiguration", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("ClearCache", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("DataTransfer", EnumSet.of(STATION_TO_CSMS, CSMS_TO_STATION)),
            Map.entry("GetConfiguration", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("Heartbeat", EnumSet.of(STATION_TO_CSMS)),
            Map.entry("MeterValues", EnumSet.of(STATION_TO_CSMS)),
            Map.entry("RemoteStartTransaction", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("RemoteStopTransaction", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("Reset", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("StartTransaction", EnumSet.of(STATION_TO_CSMS)),
            Map.entry("StatusNotification", EnumSet.of(STATION_TO_CSMS)),
            Map.entry("StopTransaction", EnumSet.of(STATION_TO_CSMS)),
            Map.entry("UnlockConnector", EnumSet.of(CSMS_TO_STATION)))),
    FIRMWARE_MANAGEMENT(Map.of(
            "DiagnosticsStatusNotification", EnumSet.of(STATION_TO_CSMS),
            "FirmwareStatusNotification", EnumSet.of(STATION_TO_CSMS),
            "GetDiagnostics", EnumSet.of(CSMS_TO_STATION),
            "UpdateFirmware", EnumSet.of(CSMS_TO_STATION))),
    LOCAL_AUTH_LIST_MANAGEMENT(Map.of(
            "GetLocalListVersion", EnumSet.of(CSMS_TO_STATION),
            "SendLocalList", EnumSet.of(CSMS_TO_STATION))),
    RESERVATION(Map.of(
            "CancelReservation", EnumSet.of(CSMS_TO_STATION),
            "ReserveNow", EnumSet.of(CSMS_TO_STATION))),
    SMART_CHARGING(Map.of(
            "ClearChargingProfile", EnumSet.of(CSMS_TO_STATION),
            "GetCompositeSchedule", EnumSet.of(CSMS_TO_STATION),
            "SetChargingProfile", EnumSet.of(CSMS_TO_STATION))),
    REMOTE_TRIGGER(Map.of(
            "TriggerMessage", EnumSet.of(CSMS_TO_STATION))),
    SECURITY_EXTENSION(Map.ofEntries(
            Map.entry("CertificateSigned", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("DeleteCertificate", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("ExtendedTriggerMessage", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("GetInstalledCertificateIds", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("GetLog", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("InstallCertificate", EnumSet.of(CSMS_TO_STATION)),
            Map.entry("LogStatusNotification", EnumSet.of(STATION_TO_CSMS)),
            Map.entry("SecurityEventNotification", EnumSet.of(STATION_TO_CSMS)),
            Map.entry("SignCertificate", EnumSet.of(STATION_TO_CSMS)),
            Map.entry("SignedFirmwareStatusNotification", EnumSet.of(STATION_TO_CSMS)),
            Map.entry("SignedUpdateFirmware", EnumSet.of(CSMS_TO_STATION))));

    private final Map<String, Set<Direction>> actions;

    Feature(Map<String, ? extends Set<Direction>> actions) {
        this.actions = Map.copyOf(actions);
    }

    /** Action name to the directions its CALL goes in. */
    Map<String, Set<Direction>> actions() {
        return actions;
    }
}
