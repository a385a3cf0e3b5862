package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * OCPP 2.0.1 GetVariableDataType: one variable GetVariables reads.
 *
 * @param customData vendor-specific data; optional
 * @param attributeType which attribute of a variable, its actual, target, minimum or maximum value; optional,
 *     default {@code Actual}
 * @param component the component
 * @param variable the variable
 */
public record GetVariableData(
        @Nullable CustomData customData,
        @Nullable AttributeEnumType attributeType,
        Component component,
        Variable variable) {
    public GetVariableData {
        requireNonNull(component, "component");
        requireNonNull(variable, "variable");
    }

    /** Without customData. */
    public GetVariableData(@Nullable AttributeEnumType attributeType, Component component, Variable variable) {
        this(null, attributeType, component, variable);
    }

    /** The attributeType, or {@code Actual} if absent. */
    public AttributeEnumType attributeTypeOrDefault() {
        return attributeType == null ? AttributeEnumType.ACTUAL : attributeType;
    }
}
