package org.ocppconnector.gateway.core.spi;

import java.time.Instant;

/**
 * What a version needs to build a default local response.
 *
 * @param now the current time, e.g. for BootNotification's {@code currentTime}
 * @param heartbeatIntervalSeconds the interval a BootNotification response announces
 */
public record LocalResponseContext(Instant now, int heartbeatIntervalSeconds) {
    public LocalResponseContext {
        java.util.Objects.requireNonNull(now, "now");
        if (heartbeatIntervalSeconds <= 0) {
            throw new IllegalArgumentException(
                    "heartbeatIntervalSeconds: " + heartbeatIntervalSeconds + " (expected: > 0)");
        }
    }
}
