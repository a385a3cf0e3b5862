package org.ocppconnector.gateway.ocpp16.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * Security extension LogParametersType: where to upload a log and which part of it.
 *
 * @param remoteLocation the upload URL, at most 512 characters
 * @param oldestTimestamp the oldest entry wanted; absent means from the start
 * @param latestTimestamp the latest entry wanted; absent means up to now
 */
public record LogParameters(
        String remoteLocation, @Nullable DateTime oldestTimestamp, @Nullable DateTime latestTimestamp) {
    public LogParameters {
        Checks.maxLength("remoteLocation", remoteLocation, 512);
    }
}
