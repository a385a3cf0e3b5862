package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * UnlockConnectorRequest (OCPP 2.0.1, functional block F Remote Control): the CSMS asks the station to unlock a
 * connector.
 *
 * @param customData vendor-specific data; optional
 * @param evseId the EVSE, counted from 1 (0: the whole station)
 * @param connectorId the connector, counted from 1 on its EVSE
 */
public record UnlockConnectorRequest(
        @Nullable CustomData customData,
        int evseId,
        int connectorId)
        implements Ocpp201Request {
    /** Without customData. */
    public UnlockConnectorRequest(int evseId, int connectorId) {
        this(null, evseId, connectorId);
    }

    @Override
    public String action() {
        return "UnlockConnector";
    }
}
