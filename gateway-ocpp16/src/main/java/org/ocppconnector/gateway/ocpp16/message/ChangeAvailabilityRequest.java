package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * ChangeAvailability.req (OCPP 1.6 §6.7).
 *
 * @param connectorId the connector, or 0 for the whole station
 * @param type the availability wanted
 */
public record ChangeAvailabilityRequest(int connectorId, AvailabilityType type) implements Ocpp16Request {
    public ChangeAvailabilityRequest {
        requireNonNull(type, "type");
    }

    @Override
    public String action() {
        return "ChangeAvailability";
    }
}
