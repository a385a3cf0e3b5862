package org.ocppconnector.gateway.ocpp201.message;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 ComponentType: a component of the device model, optionally of one EVSE and one instance.
 *
 * @param customData vendor-specific data; optional
 * @param evse the EVSE the component belongs to; absent: the station; optional
 * @param name the name, as the device model defines it; at most 50 characters
 * @param instance the instance, if the component or variable has several; at most 50 characters, optional
 */
public record Component(@Nullable CustomData customData, @Nullable EVSE evse, String name, @Nullable String instance) {
    public Component {
        Checks.maxLength("name", name, 50);
        Checks.maxLengthOrNull("instance", instance, 50);
    }

    /** Without customData. */
    public Component(@Nullable EVSE evse, String name, @Nullable String instance) {
        this(null, evse, name, instance);
    }
}
