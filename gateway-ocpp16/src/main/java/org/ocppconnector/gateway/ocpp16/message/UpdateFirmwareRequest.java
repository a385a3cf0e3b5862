package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * UpdateFirmware.req (OCPP 1.6 §6.55).
 *
 * @param location the absolute URI to download the firmware from
 * @param retries how often to retry a failed download
 * @param retrieveDate when to download it
 * @param retryInterval seconds between retries
 */
public record UpdateFirmwareRequest(
        String location, @Nullable Integer retries, DateTime retrieveDate, @Nullable Integer retryInterval)
        implements Ocpp16Request {
    public UpdateFirmwareRequest {
        Checks.absoluteUri("location", location);
        requireNonNull(retrieveDate, "retrieveDate");
    }

    @Override
    public String action() {
        return "UpdateFirmware";
    }
}
