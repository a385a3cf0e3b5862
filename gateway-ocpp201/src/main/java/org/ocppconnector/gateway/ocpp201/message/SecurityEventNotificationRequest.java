package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * SecurityEventNotificationRequest (OCPP 2.0.1, functional block A Security): the station reports a security event.
 *
 * @param customData vendor-specific data; optional
 * @param type the type of the security event; at most 50 characters
 * @param timestamp when it happened
 * @param techInfo technical details, vendor-specific; at most 255 characters, optional
 */
public record SecurityEventNotificationRequest(
        @Nullable CustomData customData,
        String type,
        DateTime timestamp,
        @Nullable String techInfo)
        implements Ocpp201Request {
    public SecurityEventNotificationRequest {
        Checks.maxLength("type", type, 50);
        requireNonNull(timestamp, "timestamp");
        Checks.maxLengthOrNull("techInfo", techInfo, 255);
    }

    /** Without customData. */
    public SecurityEventNotificationRequest(String type, DateTime timestamp, @Nullable String techInfo) {
        this(null, type, timestamp, techInfo);
    }

    @Override
    public String action() {
        return "SecurityEventNotification";
    }
}
