package org.ocppconnector.gateway.ocpp201.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * SetVariablesResponse (OCPP 2.0.1, functional block B Provisioning): the outcome per variable.
 *
 * @param customData vendor-specific data; optional
 * @param setVariableResult the outcome per variable; at least 1 item
 */
public record SetVariablesResponse(
        @Nullable CustomData customData,
        List<SetVariableResult> setVariableResult)
        implements Ocpp201Response {
    public SetVariablesResponse {
        setVariableResult = Checks.minItems("setVariableResult", setVariableResult, 1);
    }

    /** Without customData. */
    public SetVariablesResponse(List<SetVariableResult> setVariableResult) {
        this(null, setVariableResult);
    }

    @Override
    public String action() {
        return "SetVariables";
    }
}
