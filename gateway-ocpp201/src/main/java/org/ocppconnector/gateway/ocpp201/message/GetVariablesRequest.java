package org.ocppconnector.gateway.ocpp201.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * GetVariablesRequest (OCPP 2.0.1, functional block B Provisioning): the CSMS reads device model variables.
 *
 * @param customData vendor-specific data; optional
 * @param getVariableData the variables to read; at least 1 item
 */
public record GetVariablesRequest(
        @Nullable CustomData customData,
        List<GetVariableData> getVariableData)
        implements Ocpp201Request {
    public GetVariablesRequest {
        getVariableData = Checks.minItems("getVariableData", getVariableData, 1);
    }

    /** Without customData. */
    public GetVariablesRequest(List<GetVariableData> getVariableData) {
        this(null, getVariableData);
    }

    @Override
    public String action() {
        return "GetVariables";
    }
}
