package org.ocppconnector.gateway.ocpp201.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * GetVariablesResponse (OCPP 2.0.1, functional block B Provisioning): the value or status of each variable.
 *
 * @param customData vendor-specific data; optional
 * @param getVariableResult the outcome per variable; at least 1 item
 */
public record GetVariablesResponse(
        @Nullable CustomData customData,
        List<GetVariableResult> getVariableResult)
        implements Ocpp201Response {
    public GetVariablesResponse {
        getVariableResult = Checks.minItems("getVariableResult", getVariableResult, 1);
    }

    /** Without customData. */
    public GetVariablesResponse(List<GetVariableResult> getVariableResult) {
        this(null, getVariableResult);
    }

    @Override
    public String action() {
        return "GetVariables";
    }
}
