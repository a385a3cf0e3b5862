package org.ocppconnector.gateway.ocpp16.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * GetConfiguration.req (OCPP 1.6 §6.23).
 *
 * @param key the keys wanted, each at most 50 characters; absent means all
 */
public record GetConfigurationRequest(@Nullable List<String> key) implements Ocpp16Request {
    public GetConfigurationRequest {
        key = Checks.maxLengthEachOrNull("key", key, 50);
    }

    @Override
    public String action() {
        return "GetConfiguration";
    }
}
