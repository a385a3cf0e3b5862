package org.ocppconnector.gateway.ocpp16.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * BootNotification.req (OCPP 1.6 §6.3): the station introduces itself after (re)booting.
 *
 * @param chargePointVendor at most 20 characters
 * @param chargePointModel at most 20 characters
 * @param chargePointSerialNumber at most 25 characters
 * @param chargeBoxSerialNumber at most 25 characters (deprecated by the spec, still on the wire)
 * @param firmwareVersion at most 50 characters
 * @param iccid the modem SIM's ICCID, at most 20 characters
 * @param imsi the modem SIM's IMSI, at most 20 characters
 * @param meterType at most 25 characters
 * @param meterSerialNumber at most 25 characters
 */
public record BootNotificationRequest(
        String chargePointVendor,
        String chargePointModel,
        @Nullable String chargePointSerialNumber,
        @Nullable String chargeBoxSerialNumber,
        @Nullable String firmwareVersion,
        @Nullable String iccid,
        @Nullable String imsi,
        @Nullable String meterType,
        @Nullable String meterSerialNumber)
        implements Ocpp16Request {
    public BootNotificationRequest {
        Checks.maxLength("chargePointVendor", chargePointVendor, 20);
        Checks.maxLength("chargePointModel", chargePointModel, 20);
        Checks.maxLengthOrNull("chargePointSerialNumber", chargePointSerialNumber, 25);
        Checks.maxLengthOrNull("chargeBoxSerialNumber", chargeBoxSerialNumber, 25);
        Checks.maxLengthOrNull("firmwareVersion", firmwareVersion, 50);
        Checks.maxLengthOrNull("iccid", iccid, 20);
        Checks.maxLengthOrNull("imsi", imsi, 20);
        Checks.maxLengthOrNull("meterType", meterType, 25);
        Checks.maxLengthOrNull("meterSerialNumber", meterSerialNumber, 25);
    }

    @Override
    public String action() {
        return "BootNotification";
    }
}
