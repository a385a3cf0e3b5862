package org.ocppconnector.gateway.ocpp201.message;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.codec.DateTime;

/** Records built in code are held to the same constraints as decoded ones. */
class RecordValidationTest {

    private static final ChargingSchedule SCHEDULE = new ChargingSchedule(1, null, null, ChargingRateUnitEnumType.W,
            List.of(new ChargingSchedulePeriod(0, new BigDecimal("11000"), null, null)), null, null);

    @Test
    void maxLengthCountsCodePoints() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new IdToken(null, "1".repeat(37), IdTokenEnumType.ISO14443));
        assertEquals("idToken: length 37 (expected: <= 36)", e.getMessage());
        // 36 characters outside the BMP are 72 UTF-16 units, and still 36 characters.
        assertEquals(72, new IdToken(null, "😀".repeat(36), IdTokenEnumType.CENTRAL).idToken().length());
        assertDoesNotThrow(() -> new CertificateSignedRequest("x".repeat(10000), null));
        assertThrows(IllegalArgumentException.class, () -> new CertificateSignedRequest("x".repeat(10001), null));
    }

    @Test
    void requiredFieldsAreNotNull() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new BootNotificationRequest(null, BootReasonEnumType.POWER_UP));
        assertEquals("chargingStation", e.getMessage());
        assertEquals("status", assertThrows(NullPointerException.class,
                () -> new ResetResponse(null, null)).getMessage());
        assertEquals("value", assertThrows(NullPointerException.class,
                () -> new SampledValue(null, null, null, null, null, null, null)).getMessage());
    }

    @Test
    void integersStayWithinTheirMinimumAndMaximum() {
        IllegalArgumentException soc = assertThrows(IllegalArgumentException.class,
                () -> new DCChargingParameters(100, 400, null, null, 101, null, null, null));
        assertEquals("stateOfCharge: 101 (expected: 0 to 100)", soc.getMessage());
        assertDoesNotThrow(() -> new DCChargingParameters(100, 400, null, null, 0, null, 100, 0));
        IllegalArgumentException level = assertThrows(IllegalArgumentException.class,
                () -> new SalesTariffEntry(new RelativeTimeInterval(0, null), -1, null));
        assertEquals("ePriceLevel: -1 (expected: >= 0)", level.getMessage());
    }

    @Test
    void arraysHaveTheirMinimumAndMaximumItems() {
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> new ChargingProfile(1, 0, ChargingProfilePurposeEnumType.TX_DEFAULT_PROFILE,
                        ChargingProfileKindEnumType.RELATIVE, null, null, null,
                        List.of(SCHEDULE, SCHEDULE, SCHEDULE, SCHEDULE), null));
        assertEquals("chargingSchedule: 4 items (expected: <= 3)", tooMany.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> new GetVariablesRequest(List.of()));
        assertEquals("getVariableData: 0 items (expected: >= 1)", none.getMessage());
        IllegalArgumentException location = assertThrows(IllegalArgumentException.class,
                () -> new PublishFirmwareStatusNotificationRequest(PublishFirmwareStatusEnumType.PUBLISHED,
                        List.of("https://a", "u".repeat(513)), null));
        assertEquals("location[1]: length 513 (expected: <= 512)", location.getMessage());
    }

    @Test
    void listsAreCopiedAndImmutable() {
        List<Integer> ids = new ArrayList<>(List.of(1, 2));
        ClearVariableMonitoringRequest request = new ClearVariableMonitoringRequest(ids);
        ids.add(3);
        assertEquals(List.of(1, 2), request.id());
        assertThrows(UnsupportedOperationException.class, () -> request.id().add(4));
    }

    @Test
    void customDataAndSchemaLessDataAreDeepCopies() {
        ObjectNode value = JsonNodeFactory.instance.objectNode().put("a", 1);
        CustomData customData = new CustomData("com.example", Map.of("x", value));
        value.put("a", 2);
        assertEquals(1, customData.additionalProperties().get("x").get("a").asInt());
        ((ObjectNode) customData.additionalProperties().get("x")).put("a", 3);
        assertEquals(1, customData.additionalProperties().get("x").get("a").asInt());
        assertThrows(UnsupportedOperationException.class,
                () -> customData.additionalProperties().put("y", value));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CustomData("v", Map.of("vendorId", value)));
        assertEquals("additionalProperties: has vendorId (expected: only the others)", e.getMessage());
        assertEquals(Collections.emptyMap(), CustomData.of("v").additionalProperties());

        JsonNode data = JsonNodeFactory.instance.arrayNode().add(1);
        DataTransferRequest request = new DataTransferRequest(null, data, "v");
        ((com.fasterxml.jackson.databind.node.ArrayNode) data).add(2);
        assertEquals(1, request.data().size());
    }

    @Test
    void optionalFieldsOfferTheSchemasDefaults() {
        SampledValue bare = new SampledValue(BigDecimal.ONE, null, null, null, null, null, null);
        assertEquals(ReadingContextEnumType.SAMPLE_PERIODIC, bare.contextOrDefault());
        assertEquals(MeasurandEnumType.ENERGY_ACTIVE_IMPORT_REGISTER, bare.measurandOrDefault());
        assertEquals(LocationEnumType.OUTLET, bare.locationOrDefault());
        UnitOfMeasure unit = new UnitOfMeasure(null, null);
        assertEquals("Wh", unit.unitOrDefault());
        assertEquals(0, unit.multiplierOrDefault());
        VariableAttribute attribute = new VariableAttribute(null, null, null, null, null);
        assertEquals(AttributeEnumType.ACTUAL, attribute.typeOrDefault());
        assertEquals(MutabilityEnumType.READ_WRITE, attribute.mutabilityOrDefault());
        assertFalse(attribute.persistentOrDefault());
        assertFalse(new NotifyEventRequest(DateTime.parse("2025-01-31T00:00:00Z"), null, 0,
                List.of(new EventData(1, DateTime.parse("2025-01-31T00:00:00Z"), EventTriggerEnumType.ALERTING,
                        null, "v", null, null, null, null, new Component(null, "C", null), null,
                        EventNotificationEnumType.HARD_WIRED_MONITOR, new Variable("V", null)))).tbcOrDefault());
        assertFalse(new APN("internet", null, null, null, null, null, APNAuthenticationEnumType.AUTO)
                .useOnlyPreferredNetworkOrDefault());
    }

    @Test
    void enumsRoundTripTheirWireNames() {
        assertEquals("s309-1P-16A", ConnectorEnumType.S309_1P_16A.wireName());
        assertEquals("sCEE-7-7", ConnectorEnumType.S_CEE_7_7.wireName());
        assertEquals("cCCS2", ConnectorEnumType.C_CCS2.wireName());
        assertEquals("SoC", MeasurandEnumType.SOC.wireName());
        assertEquals("AC_three_phase", EnergyTransferModeEnumType.AC_THREE_PHASE.wireName());
        assertEquals("eMAID", IdTokenEnumType.EMAID.wireName());
        assertEquals("IKEv2", VPNEnumType.IKEV2.wireName());
        assertEquals("L1-N", PhaseEnumType.L1_N.wireName());
        assertEquals("dateTime", DataEnumType.DATE_TIME.wireName());
        assertEquals("V2GCertificateChain", GetCertificateIdUseEnumType.V2G_CERTIFICATE_CHAIN.wireName());
        assertEquals("SOCLimitReached", ReasonEnumType.SOC_LIMIT_REACHED.wireName());
        assertEquals("DeAuthorized", ReasonEnumType.DE_AUTHORIZED.wireName());
        assertEquals("Deauthorized", TriggerReasonEnumType.DEAUTHORIZED.wireName());
    }
}
