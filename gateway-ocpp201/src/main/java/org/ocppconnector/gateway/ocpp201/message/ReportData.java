package org.ocppconnector.gateway.ocpp201.message;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * OCPP 2.0.1 ReportDataType: one variable in a device model report, with its attributes and characteristics.
 *
 * @param customData vendor-specific data; optional
 * @param component the component
 * @param variable the variable
 * @param variableAttribute the attributes; 1 to 4 items
 * @param variableCharacteristics what the variable is; optional
 */
public record ReportData(
        @Nullable CustomData customData,
        Component component,
        Variable variable,
        List<VariableAttribute> variableAttribute,
        @Nullable VariableCharacteristics variableCharacteristics) {
    public ReportData {
        requireNonNull(component, "component");
        requireNonNull(variable, "variable");
        variableAttribute = Checks.items("variableAttribute", variableAttribute, 1, 4);
    }

    /** Without customData. */
    public ReportData(
            Component component,
            Variable variable,
            List<VariableAttribute> variableAttribute,
            @Nullable VariableCharacteristics variableCharacteristics) {
        this(null, component, variable, variableAttribute, variableCharacteristics);
    }
}
