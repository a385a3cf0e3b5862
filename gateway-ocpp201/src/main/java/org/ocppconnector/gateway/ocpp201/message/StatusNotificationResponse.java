package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * StatusNotificationResponse (OCPP 2.0.1, functional block G Availability): an acknowledgement without content.
 *
 * @param customData vendor-specific data; optional
 */
public record StatusNotificationResponse(@Nullable CustomData customData) implements Ocpp201Response {
    /** Without customData. */
    public StatusNotificationResponse() {
        this(null);
    }

    @Override
    public String action() {
        return "StatusNotification";
    }
}
