package org.ocppconnector.gateway.ocpp201;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocppconnector.gateway.ocpp201.Golden.assertInvalidRequest;
import static org.ocppconnector.gateway.ocpp201.Golden.assertInvalidResponse;
import static org.ocppconnector.gateway.ocpp201.Golden.request;
import static org.ocppconnector.gateway.ocpp201.Golden.response;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.ocpp201.message.AttributeEnumType;
import org.ocppconnector.gateway.ocpp201.message.Component;
import org.ocppconnector.gateway.ocpp201.message.DataEnumType;
import org.ocppconnector.gateway.ocpp201.message.EVSE;
import org.ocppconnector.gateway.ocpp201.message.GetVariableData;
import org.ocppconnector.gateway.ocpp201.message.GetVariableResult;
import org.ocppconnector.gateway.ocpp201.message.GetVariableStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.GetVariablesRequest;
import org.ocppconnector.gateway.ocpp201.message.GetVariablesResponse;
import org.ocppconnector.gateway.ocpp201.message.MutabilityEnumType;
import org.ocppconnector.gateway.ocpp201.message.NotifyReportRequest;
import org.ocppconnector.gateway.ocpp201.message.ReportData;
import org.ocppconnector.gateway.ocpp201.message.SetVariableData;
import org.ocppconnector.gateway.ocpp201.message.SetVariableResult;
import org.ocppconnector.gateway.ocpp201.message.SetVariableStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.SetVariablesRequest;
import org.ocppconnector.gateway.ocpp201.message.SetVariablesResponse;
import org.ocppconnector.gateway.ocpp201.message.Variable;

/** Functional block B (Provisioning): the device model's components and variables, per EVSE. */
class DeviceModelGoldenTest {

    private static final String GET_VARIABLES = """
            {"getVariableData":[{"component":{"name":"OCPPCommCtrlr"},"variable":{"name":"HeartbeatInterval"}},\
            {"attributeType":"MaxSet","component":{"evse":{"id":1,"connectorId":1},"name":"Connector"},\
            "variable":{"name":"AvailabilityState"}},{"component":{"name":"EVSE","instance":"2"},\
            "variable":{"name":"Power","instance":"Offered"}}]}""";

    @Test
    void getVariablesNamesComponentsVariablesAndEvses() throws IOException {
        GetVariablesRequest request = request("GetVariables", GET_VARIABLES, GetVariablesRequest.class);

        List<GetVariableData> data = request.getVariableData();
        assertNull(data.get(0).attributeType());
        assertEquals(AttributeEnumType.ACTUAL, data.get(0).attributeTypeOrDefault());
        assertEquals(new Component(null, "OCPPCommCtrlr", null), data.get(0).component());
        assertEquals(new Variable("HeartbeatInterval", null), data.get(0).variable());
        assertEquals(AttributeEnumType.MAX_SET, data.get(1).attributeTypeOrDefault());
        assertEquals(new EVSE(1, 1), data.get(1).component().evse());
        assertEquals("2", data.get(2).component().instance());
        assertEquals("Offered", data.get(2).variable().instance());

        // Built in code, the same request encodes to the same text.
        assertEquals(GET_VARIABLES, Golden.encode(new GetVariablesRequest(List.of(
                new GetVariableData(null, new Component(null, "OCPPCommCtrlr", null),
                        new Variable("HeartbeatInterval", null)),
                new GetVariableData(AttributeEnumType.MAX_SET, new Component(new EVSE(1, 1), "Connector", null),
                        new Variable("AvailabilityState", null)),
                new GetVariableData(null, new Component(null, "EVSE", "2"), new Variable("Power", "Offered"))))));
    }

    @Test
    void getVariablesResultsCarryValuesOrStatus() throws IOException {
        GetVariablesResponse response = response("GetVariables", """
                {"getVariableResult":[{"attributeStatus":"Accepted","attributeValue":"300",\
                "component":{"name":"OCPPCommCtrlr"},"variable":{"name":"HeartbeatInterval"}},\
                {"attributeStatusInfo":{"reasonCode":"NotSupported","additionalInfo":"MaxSet of AvailabilityState"},\
                "attributeStatus":"NotSupportedAttributeType","attributeType":"MaxSet",\
                "component":{"evse":{"id":1,"connectorId":1},"name":"Connector"},\
                "variable":{"name":"AvailabilityState"}}]}""", GetVariablesResponse.class);

        GetVariableResult heartbeat = response.getVariableResult().get(0);
        assertEquals(GetVariableStatusEnumType.ACCEPTED, heartbeat.attributeStatus());
        assertEquals("300", heartbeat.attributeValue());
        GetVariableResult refused = response.getVariableResult().get(1);
        assertEquals(GetVariableStatusEnumType.NOT_SUPPORTED_ATTRIBUTE_TYPE, refused.attributeStatus());
        assertEquals("NotSupported", refused.attributeStatusInfo().reasonCode());
    }

    @Test
    void setVariablesAndTheirResults() throws IOException {
        SetVariablesRequest request = request("SetVariables", """
                {"setVariableData":[{"attributeType":"Actual","attributeValue":"60",\
                "component":{"name":"OCPPCommCtrlr"},"variable":{"name":"HeartbeatInterval"}},\
                {"attributeValue":"false","component":{"evse":{"id":2},"name":"EVSE"},\
                "variable":{"name":"Enabled"}}]}""", SetVariablesRequest.class);
        SetVariableData enabled = request.setVariableData().get(1);
        assertEquals("false", enabled.attributeValue());
        assertEquals(new EVSE(2, null), enabled.component().evse());
        assertEquals(AttributeEnumType.ACTUAL, enabled.attributeTypeOrDefault());

        SetVariablesResponse response = response("SetVariables", """
                {"setVariableResult":[{"attributeStatus":"RebootRequired","component":{"name":"OCPPCommCtrlr"},\
                "variable":{"name":"HeartbeatInterval"}},{"attributeType":"Actual",\
                "attributeStatus":"UnknownComponent",\
                "attributeStatusInfo":{"reasonCode":"UnknownEvse"},"component":{"evse":{"id":2},"name":"EVSE"},\
                "variable":{"name":"Enabled"}}]}""", SetVariablesResponse.class);
        List<SetVariableResult> results = response.setVariableResult();
        assertEquals(SetVariableStatusEnumType.REBOOT_REQUIRED, results.get(0).attributeStatus());
        assertEquals(SetVariableStatusEnumType.UNKNOWN_COMPONENT, results.get(1).attributeStatus());
    }

    @Test
    void notifyReportDescribesVariables() throws IOException {
        NotifyReportRequest report = request("NotifyReport", """
                {"requestId":5,"generatedAt":"2025-01-31T12:00:00Z",\
                "reportData":[{"component":{"name":"SmartChargingCtrlr"},\
                "variable":{"name":"Enabled"},"variableAttribute":[{"type":"Actual","value":"true",\
                "mutability":"ReadOnly","persistent":true}],"variableCharacteristics":{"dataType":"boolean",\
                "supportsMonitoring":false}}],"tbc":true,"seqNo":0}""", NotifyReportRequest.class);
        ReportData data = report.reportData().getFirst();
        assertEquals(MutabilityEnumType.READ_ONLY, data.variableAttribute().getFirst().mutabilityOrDefault());
        assertTrue(data.variableAttribute().getFirst().persistentOrDefault());
        assertEquals(false, data.variableAttribute().getFirst().constantOrDefault());
        assertEquals(DataEnumType.BOOLEAN, data.variableCharacteristics().dataType());
        assertTrue(report.tbcOrDefault());
    }

    @Test
    void violationsNameTheirPath() throws IOException {
        assertInvalidRequest("GetVariables", "{\"getVariableData\":[]}",
                RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "getVariableData: 0 items (expected: >= 1)");
        assertInvalidRequest("GetVariables", GET_VARIABLES.replace("\"name\":\"Connector\"", "\"instance\":\"1\""),
                RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "getVariableData[1].component.name: missing");
        assertInvalidRequest("GetVariables", GET_VARIABLES.replace("\"MaxSet\"", "\"maxSet\""),
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                "getVariableData[1].attributeType: 'maxSet' is not one of [Actual, Target, MinSet, MaxSet]");
        assertInvalidRequest("GetVariables", GET_VARIABLES.replace("\"connectorId\":1", "\"connectorId\":\"1\""),
                RpcErrorCode.TYPE_CONSTRAINT_VIOLATION,
                "getVariableData[1].component.evse.connectorId: expected integer, got string");
        assertInvalidRequest("SetVariables", "{\"setVariableData\":[{\"attributeValue\":\"" + "x".repeat(1001)
                        + "\",\"component\":{\"name\":\"C\"},\"variable\":{\"name\":\"V\"}}]}",
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                "setVariableData[0].attributeValue: length 1001 (expected: <= 1000)");
        assertInvalidResponse("GetVariables", "{\"getVariableResult\":{}}",
                RpcErrorCode.TYPE_CONSTRAINT_VIOLATION, "getVariableResult: expected array, got object");
    }
}
