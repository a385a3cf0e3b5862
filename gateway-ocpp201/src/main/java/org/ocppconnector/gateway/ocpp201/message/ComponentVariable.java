package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * OCPP 2.0.1 ComponentVariableType: a component, and optionally one of its variables, as a report criterion.
 *
 * @param customData vendor-specific data; optional
 * @param component the component
 * @param variable the variable; optional
 */
public record ComponentVariable(@Nullable CustomData customData, Component component, @Nullable Variable variable) {
    public ComponentVariable {
        requireNonNull(component, "component");
    }

    /** Without customData. */
    public ComponentVariable(Component component, @Nullable Variable variable) {
        this(null, component, variable);
    }
}
