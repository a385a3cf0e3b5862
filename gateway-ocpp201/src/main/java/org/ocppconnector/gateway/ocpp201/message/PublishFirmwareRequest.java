package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * PublishFirmwareRequest (OCPP 2.0.1, functional block L Firmware Management): the CSMS asks a local controller to
 * download a firmware and publish it to its stations.
 *
 * @param customData vendor-specific data; optional
 * @param location the URL to download from; at most 512 characters
 * @param retries how often to retry; optional
 * @param checksum the MD5 checksum of the firmware file, as hex; at most 32 characters
 * @param requestId the id of the request, which the messages that follow it carry
 * @param retryInterval the interval between retries in seconds; optional
 */
public record PublishFirmwareRequest(
        @Nullable CustomData customData,
        String location,
        @Nullable Integer retries,
        String checksum,
        int requestId,
        @Nullable Integer retryInterval)
        implements Ocpp201Request {
    public PublishFirmwareRequest {
        Checks.maxLength("location", location, 512);
        Checks.maxLength("checksum", checksum, 32);
    }

    /** Without customData. */
    public PublishFirmwareRequest(
            String location,
            @Nullable Integer retries,
            String checksum,
            int requestId,
            @Nullable Integer retryInterval) {
        this(null, location, retries, checksum, requestId, retryInterval);
    }

    @Override
    public String action() {
        return "PublishFirmware";
    }
}
