package org.ocppconnector.gateway.ocpp16.message;

import static java.util.Objects.requireNonNull;

/**
 * ChangeConfiguration.conf (OCPP 1.6 §6.10).
 *
 * @param status whether the key was changed
 */
public record ChangeConfigurationConfirmation(ConfigurationStatus status) implements Ocpp16Confirmation {
    public ChangeConfigurationConfirmation {
        requireNonNull(status, "status");
    }

    @Override
    public String action() {
        return "ChangeConfiguration";
    }
}
