package org.ocppconnector.gateway.ocpp201.message;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.codec.Checks;

/**
 * SetVariablesRequest (OCPP 2.0.1, functional block B Provisioning): the CSMS writes device model variables.
 *
 * @param customData vendor-specific data; optional
 * @param setVariableData the variables to write; at least 1 item
 */
public record SetVariablesRequest(
        @Nullable CustomData customData,
        List<SetVariableData> setVariableData)
        implements Ocpp201Request {
    public SetVariablesRequest {
        setVariableData = Checks.minItems("setVariableData", setVariableData, 1);
    }

    /** Without customData. */
    public SetVariablesRequest(List<SetVariableData> setVariableData) {
        this(null, setVariableData);
    }

    @Override
    public String action() {
        return "SetVariables";
    }
}
