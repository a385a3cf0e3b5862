package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * OCPP 2.0.1 LogParametersType: where to upload a log and which time range it covers.
 *
 * @param customData vendor-specific data; optional
 * @param remoteLocation the URL to upload the log to; at most 512 characters
 * @param oldestTimestamp the oldest log entry to include; optional
 * @param latestTimestamp the latest log entry to include; optional
 */
public record LogParameters(
        @Nullable CustomData customData,
        String remoteLocation,
        @Nullable DateTime oldestTimestamp,
        @Nullable DateTime latestTimestamp) {
    public LogParameters {
        Checks.maxLength("remoteLocation", remoteLocation, 512);
    }

    /** Without customData. */
    public LogParameters(
            String remoteLocation,
            @Nullable DateTime oldestTimestamp,
            @Nullable DateTime latestTimestamp) {
        this(null, remoteLocation, oldestTimestamp, latestTimestamp);
    }
}
