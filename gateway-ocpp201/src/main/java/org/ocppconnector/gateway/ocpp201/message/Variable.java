package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 VariableType: a variable of a component, optionally one instance of it.
 *
 * @param customData vendor-specific data; optional
 * @param name the name, as the device model defines it; at most 50 characters
 * @param instance the instance, if the component or variable has several; at most 50 characters, optional
 */
public record Variable(@Nullable CustomData customData, String name, @Nullable String instance) {
    public Variable {
        Checks.maxLength("name", name, 50);
        Checks.maxLengthOrNull("instance", instance, 50);
    }

    /** Without customData. */
    public Variable(String name, @Nullable String instance) {
        this(null, name, instance);
    }
}
