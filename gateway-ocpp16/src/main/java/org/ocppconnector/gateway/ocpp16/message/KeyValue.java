package org.ocppconnector.gateway.ocpp16.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 1.6 §7.29 KeyValue: one configuration key in GetConfiguration.conf.
 *
 * @param key the key, at most 50 characters
 * @param readonly whether ChangeConfiguration.req may change it
 * @param value its value, at most 500 characters; absent if not set
 */
public record KeyValue(String key, boolean readonly, @Nullable String value) {
    public KeyValue {
        Checks.maxLength("key", key, 50);
        Checks.maxLengthOrNull("value", value, 500);
    }
}
