package org.ocppconnector.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.spi.ResponsePolicy;

/**
 * How one station-to-CSMS action is answered, overriding the version's default.
 *
 * @param policy {@code LOCAL}: answer after the publish; {@code BACKEND}: wait for an {@code ocpp.reply}
 * @param response for {@code LOCAL}, the response to send (null: the version's default response);
 *     for {@code BACKEND}, the fallback sent when no reply came in time (null: CALLERROR InternalError)
 * @param replyTimeout for {@code BACKEND}, how long to wait for the reply (null: the gateway default)
 */
public record ActionPolicy(ResponsePolicy policy, @Nullable JsonNode response, @Nullable Duration replyTimeout) {

    public ActionPolicy {
        Objects.requireNonNull(policy, "policy");
        if (response != null && !response.isObject()) {
            throw new IllegalArgumentException("response: " + response + " (expected: a JSON object)");
        }
        if (replyTimeout != null && (replyTimeout.isNegative() || replyTimeout.isZero())) {
            throw new IllegalArgumentException("replyTimeout: " + replyTimeout + " (expected: > 0)");
        }
    }
}
