package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * OCPP 2.0.1 SetVariableResultType: the outcome of writing one variable.
 *
 * @param customData vendor-specific data; optional
 * @param attributeType which attribute of a variable, its actual, target, minimum or maximum value; optional,
 *     default {@code Actual}
 * @param attributeStatus the outcome of writing one variable
 * @param attributeStatusInfo more about the attribute status; optional
 * @param component the component
 * @param variable the variable
 */
public record SetVariableResult(
        @Nullable CustomData customData,
        @Nullable AttributeEnumType attributeType,
        SetVariableStatusEnumType attributeStatus,
        @Nullable StatusInfo attributeStatusInfo,
        Component component,
        Variable variable) {
    public SetVariableResult {
        requireNonNull(attributeStatus, "attributeStatus");
        requireNonNull(component, "component");
        requireNonNull(variable, "variable");
    }

    /** Without customData. */
    public SetVariableResult(
            @Nullable AttributeEnumType attributeType,
            SetVariableStatusEnumType attributeStatus,
            @Nullable StatusInfo attributeStatusInfo,
            Component component,
            Variable variable) {
        this(null, attributeType, attributeStatus, attributeStatusInfo, component, variable);
    }

    /** The attributeType, or {@code Actual} if absent. */
    public AttributeEnumType attributeTypeOrDefault() {
        return attributeType == null ? AttributeEnumType.ACTUAL : attributeType;
    }
}
