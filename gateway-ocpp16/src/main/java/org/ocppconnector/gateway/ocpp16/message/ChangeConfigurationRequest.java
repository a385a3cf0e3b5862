package org.ocppconnector.gateway.ocpp16.message;

import org.ocppconnector.gateway.core.codec.Checks;

/**
 * ChangeConfiguration.req (OCPP 1.6 §6.9).
 *
 * @param key the configuration key, at most 50 characters
 * @param value the new value, at most 500 characters
 */
public record ChangeConfigurationRequest(String key, String value) implements Ocpp16Request {
    public ChangeConfigurationRequest {
        Checks.maxLength("key", key, 50);
        Checks.maxLength("value", value, 500);
    }

    @Override
    public String action() {
        return "ChangeConfiguration";
    }
}
