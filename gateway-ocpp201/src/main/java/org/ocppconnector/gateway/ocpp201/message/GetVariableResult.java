package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 GetVariableResultType: the value or status of one variable GetVariables read.
 *
 * @param customData vendor-specific data; optional
 * @param attributeStatusInfo more about the attribute status; optional
 * @param attributeStatus the outcome of reading one variable
 * @param attributeType which attribute of a variable, its actual, target, minimum or maximum value; optional,
 *     default {@code Actual}
 * @param attributeValue the value of the attribute; at most 2500 characters, optional
 * @param component the component
 * @param variable the variable
 */
public record GetVariableResult(
        @Nullable CustomData customData,
        @Nullable StatusInfo attributeStatusInfo,
        GetVariableStatusEnumType attributeStatus,
        @Nullable AttributeEnumType attributeType,
        @Nullable String attributeValue,
        Component component,
        Variable variable) {
    public GetVariableResult {
        requireNonNull(attributeStatus, "attributeStatus");
        Checks.maxLengthOrNull("attributeValue", attributeValue, 2500);
        requireNonNull(component, "component");
        requireNonNull(variable, "variable");
    }

    /** Without customData. */
    public GetVariableResult(
            @Nullable StatusInfo attributeStatusInfo,
            GetVariableStatusEnumType attributeStatus,
            @Nullable AttributeEnumType attributeType,
            @Nullable String attributeValue,
            Component component,
            Variable variable) {
        this(null, attributeStatusInfo, attributeStatus, attributeType, attributeValue, component, variable);
    }

    /** The attributeType, or {@code Actual} if absent. */
    public AttributeEnumType attributeTypeOrDefault() {
        return attributeType == null ? AttributeEnumType.ACTUAL : attributeType;
    }
}
