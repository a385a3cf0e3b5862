package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;

/**
 * OCPP 2.0.1 EVSEType: an EVSE, and optionally one of its connectors.
 *
 * @param customData vendor-specific data; optional
 * @param id the id of the EVSE, counted from 1
 * @param connectorId the connector, counted from 1 on its EVSE; optional
 */
public record EVSE(@Nullable CustomData customData, int id, @Nullable Integer connectorId) {
    /** Without customData. */
    public EVSE(int id, @Nullable Integer connectorId) {
        this(null, id, connectorId);
    }
}
