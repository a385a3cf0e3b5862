package org.ocppconnector.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An {@code ocpp.command} from the downlink stream, parsed but not yet validated against the
 * station's OCPP version.
 *
 * @param commandId the event id, echoed in {@code ocpp.command.result}
 * @param stationId the event subject
 * @param action the CSMS-to-station action, e.g. {@code Reset}
 * @param payload the CALL payload
 * @param timeout how long to wait for the station's answer once sent
 * @param expiresAt after this the command is not sent; null: no expiry, and it is never held
 */
record Command(
        String commandId,
        ChargingStationId stationId,
        String action,
        JsonNode payload,
        Duration timeout,
        @Nullable Instant expiresAt) {

    boolean isExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
