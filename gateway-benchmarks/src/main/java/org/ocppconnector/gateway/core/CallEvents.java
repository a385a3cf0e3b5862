package org.ocppconnector.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.spi.OcppProtocol;

/**
 * Builds the {@code ocpp.call} event of one station's CALL exactly as its session does, with the
 * core's package-private event factory. In the core's package for that reason only; see
 * {@link EmbeddedStation}.
 */
public final class CallEvents {

    private final UplinkEvents events;
    private final SessionInfo session;

    /** The events of one station connected with {@code protocol}, from gateway {@link EmbeddedStation#GATEWAY_ID}. */
    public CallEvents(OcppProtocol protocol, String stationId, Clock clock) {
        this.events = new UplinkEvents(EmbeddedStation.GATEWAY_ID, clock);
        this.session = new SessionInfo(new ChargingStationId(stationId), Ids.randomUuid(), protocol,
                "192.0.2.10:49152", 0);
    }

    /** The event of a CALL; {@code response} is the local answer it carries, null for a backend call. */
    public CloudEvent call(String messageId, String action, JsonNode payload, String policy,
            @Nullable JsonNode response) {
        return events.call(session, messageId, action, payload, policy, response);
    }
}
