package org.ocppconnector.gateway.ocpp16.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * GetConfiguration.conf (OCPP 1.6 §6.24).
 *
 * @param configurationKey the known keys with their values
 * @param unknownKey the requested keys the station does not know, each at most 50 characters
 */
public record GetConfigurationConfirmation(
        @Nullable List<KeyValue> configurationKey, @Nullable List<String> unknownKey)
        implements Ocpp16Confirmation {
    public GetConfigurationConfirmation {
        configurationKey = Checks.listOrNull(configurationKey);
        unknownKey = Checks.maxLengthEachOrNull("unknownKey", unknownKey, 50);
    }

    @Override
    public String action() {
        return "GetConfiguration";
    }
}
