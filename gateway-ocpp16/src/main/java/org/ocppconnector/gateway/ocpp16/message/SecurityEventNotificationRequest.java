package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * SecurityEventNotification.req (OCPP 1.6 security extension).
 *
 * @param type the event, e.g. {@code FirmwareUpdated}, at most 50 characters
 * @param timestamp when it happened
 * @param techInfo free technical detail, at most 255 characters
 */
public record SecurityEventNotificationRequest(String type, DateTime timestamp, @Nullable String techInfo)
        implements Ocpp16Request {
    public SecurityEventNotificationRequest {
        Checks.maxLength("type", type, 50);
        requireNonNull(timestamp, "timestamp");
        Checks.maxLengthOrNull("techInfo", techInfo, 255);
    }

    @Override
    public String action() {
        return "SecurityEventNotification";
    }
}
