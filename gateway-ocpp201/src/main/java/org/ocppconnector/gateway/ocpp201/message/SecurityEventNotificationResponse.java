package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * SecurityEventNotificationResponse (OCPP 2.0.1, functional block A Security): an acknowledgement without content.
 *
 * @param customData vendor-specific data; optional
 */
public record SecurityEventNotificationResponse(@Nullable CustomData customData) implements Ocpp201Response {
    /** Without customData. */
    public SecurityEventNotificationResponse() {
        this(null);
    }

    @Override
    public String action() {
        return "SecurityEventNotification";
    }
}
