package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 SetVariableDataType: one variable SetVariables writes.
 *
 * @param customData vendor-specific data; optional
 * @param attributeType which attribute of a variable, its actual, target, minimum or maximum value; optional,
 *     default {@code Actual}
 * @param attributeValue the value of the attribute; at most 1000 characters
 * @param component the component
 * @param variable the variable
 */
public record SetVariableData(
        @Nullable CustomData customData,
        @Nullable AttributeEnumType attributeType,
        String attributeValue,
        Component component,
        Variable variable) {
    public SetVariableData {
        Checks.maxLength("attributeValue", attributeValue, 1000);
        requireNonNull(component, "component");
        requireNonNull(variable, "variable");
    }

    /** Without customData. */
    public SetVariableData(
            @Nullable AttributeEnumType attributeType,
            String attributeValue,
            Component component,
            Variable variable) {
        this(null, attributeType, attributeValue, component, variable);
    }

    /** The attributeType, or {@code Actual} if absent. */
    public AttributeEnumType attributeTypeOrDefault() {
        return attributeType == null ? AttributeEnumType.ACTUAL : attributeType;
    }
}
