package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.DateTime;

/**
 * StatusNotificationRequest (OCPP 2.0.1, functional block G Availability): the station reports a connector's
 * status.
 *
 * @param customData vendor-specific data; optional
 * @param timestamp when it happened
 * @param connectorStatus the status of a connector
 * @param evseId the EVSE, counted from 1 (0: the whole station)
 * @param connectorId the connector, counted from 1 on its EVSE
 */
public record StatusNotificationRequest(
        @Nullable CustomData customData,
        DateTime timestamp,
        ConnectorStatusEnumType connectorStatus,
        int evseId,
        int connectorId)
        implements Ocpp201Request {
    public StatusNotificationRequest {
        requireNonNull(timestamp, "timestamp");
        requireNonNull(connectorStatus, "connectorStatus");
    }

    /** Without customData. */
    public StatusNotificationRequest(
            DateTime timestamp,
            ConnectorStatusEnumType connectorStatus,
            int evseId,
            int connectorId) {
        this(null, timestamp, connectorStatus, evseId, connectorId);
    }

    @Override
    public String action() {
        return "StatusNotification";
    }
}
