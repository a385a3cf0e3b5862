package org.ocppconnector.gateway.ocpp16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.OcppMessage;
import org.ocppconnector.gateway.ocpp16.message.ChargingProfile;
import org.ocppconnector.gateway.ocpp16.message.ChargingProfileKindType;
import org.ocppconnector.gateway.ocpp16.message.ChargingProfilePurposeType;
import org.ocppconnector.gateway.ocpp16.message.ChargingRateUnitType;
import org.ocppconnector.gateway.ocpp16.message.ChargingSchedule;
import org.ocppconnector.gateway.ocpp16.message.ChargingSchedulePeriod;
import org.ocppconnector.gateway.ocpp16.message.HeartbeatConfirmation;
import org.ocppconnector.gateway.ocpp16.message.Location;
import org.ocppconnector.gateway.ocpp16.message.Measurand;
import org.ocppconnector.gateway.ocpp16.message.MeterValuesRequest;
import org.ocppconnector.gateway.ocpp16.message.Phase;
import org.ocppconnector.gateway.ocpp16.message.ReadingContext;
import org.ocppconnector.gateway.ocpp16.message.SampledValue;
import org.ocppconnector.gateway.ocpp16.message.SetChargingProfileRequest;
import org.ocppconnector.gateway.ocpp16.message.UnitOfMeasure;
import org.ocppconnector.gateway.ocpp16.message.UnlockConnectorRequest;
import org.ocppconnector.gateway.ocpp16.message.ValueFormat;

/** Hand-written payloads for the cases a generator would not make obvious. */
class GoldenPayloadTest {

    private static final ObjectMapper MAPPER = OcppJson.newMapper();
    private final Ocpp16Protocol protocol = Ocpp16Protocol.INSTANCE;

    @Test
    void meterValuesKeepAbsentFieldsAbsentAndOfferTheSpecDefaults() throws IOException {
        String text = """
                {"connectorId":1,"transactionId":42,"meterValue":[{"timestamp":"2025-01-31T12:00:00Z","sampledValue":[\
                {"value":"1234.5"},\
                {"value":"16.2","measurand":"Current.Import","phase":"L1","unit":"A"},\
                {"value":"230","measurand":"Voltage","phase":"L1-N"},\
                {"value":"77","context":"Transaction.End","format":"Raw","measurand":"Energy.Reactive.Import.Register",\
                "location":"EV"}]}]}""";
        MeterValuesRequest request = decodeRequest("MeterValues", text, MeterValuesRequest.class);

        List<SampledValue> values = request.meterValue().getFirst().sampledValue();
        SampledValue bare = values.get(0);
        assertEquals(SampledValue.of("1234.5"), bare);
        assertNull(bare.context());
        assertEquals(ReadingContext.SAMPLE_PERIODIC, bare.contextOrDefault());
        assertEquals(ValueFormat.RAW, bare.formatOrDefault());
        assertEquals(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, bare.measurandOrDefault());
        assertEquals(Location.OUTLET, bare.locationOrDefault());
        assertEquals(Optional.of(UnitOfMeasure.WH), bare.unitOrDefault());

        SampledValue current = values.get(1);
        assertEquals(Phase.L1, current.phase());
        assertEquals(Optional.of(UnitOfMeasure.A), current.unitOrDefault());
        // §7.43: Wh is the default only for energy measurands; a voltage without a unit has none.
        assertEquals(Optional.empty(), values.get(2).unitOrDefault());
        assertEquals(Phase.L1_N, values.get(2).phase());
        assertEquals(Optional.of(UnitOfMeasure.WH), values.get(3).unitOrDefault());
        assertEquals(Location.EV, values.get(3).locationOrDefault());

        // The defaults are not written back: the payload encodes exactly as the station sent it.
        assertEquals(text, MAPPER.writeValueAsString(protocol.encode(request)));
    }

    @Test
    void setChargingProfileKeepsDecimalLimitsExactly() throws IOException {
        String text = """
                {"connectorId":1,"csChargingProfiles":{"chargingProfileId":100,"transactionId":7,"stackLevel":2,\
                "chargingProfilePurpose":"TxProfile","chargingProfileKind":"Absolute",\
                "validFrom":"2025-01-31T00:00:00Z","validTo":"2025-02-01T00:00:00Z",\
                "chargingSchedule":{"duration":86400,"startSchedule":"2025-01-31T08:00:00+01:00",\
                "chargingRateUnit":"A","chargingSchedulePeriod":[{"startPeriod":0,"limit":16.5,"numberPhases":1},\
                {"startPeriod":3600,"limit":32},{"startPeriod":7200,"limit":6.0}],"minChargingRate":6.1}}}""";
        SetChargingProfileRequest request = decodeRequest("SetChargingProfile", text, SetChargingProfileRequest.class);

        ChargingProfile profile = request.csChargingProfiles();
        assertEquals(ChargingProfilePurposeType.TX_PROFILE, profile.chargingProfilePurpose());
        assertEquals(ChargingProfileKindType.ABSOLUTE, profile.chargingProfileKind());
        assertEquals(7, profile.transactionId());
        ChargingSchedule schedule = profile.chargingSchedule();
        assertEquals(ChargingRateUnitType.A, schedule.chargingRateUnit());
        assertEquals(Instant.parse("2025-01-31T07:00:00Z"), schedule.startSchedule().toInstant());
        assertEquals(ZoneOffset.ofHours(1), schedule.startSchedule().toOffsetDateTime().getOffset());
        assertEquals(new BigDecimal("6.1"), schedule.minChargingRate());
        List<ChargingSchedulePeriod> periods = schedule.chargingSchedulePeriod();
        assertEquals(new ChargingSchedulePeriod(0, new BigDecimal("16.5"), 1), periods.get(0));
        assertEquals(new ChargingSchedulePeriod(3600, new BigDecimal("32"), null), periods.get(1));
        assertEquals(3, periods.get(1).numberPhasesOrDefault());
        // The gateway's mapper strips 6.0 to 6; the codec restores the point so 6.0 stays a decimal.
        assertEquals(new BigDecimal("6.0"), periods.get(2).limit());

        assertEquals(text, MAPPER.writeValueAsString(protocol.encode(request)));
    }

    @Test
    void chargingProfileViolationsNameTheirPath() throws IOException {
        String valid = """
                {"connectorId":0,"csChargingProfiles":{"chargingProfileId":1,"stackLevel":0,\
                "chargingProfilePurpose":"ChargePointMaxProfile","chargingProfileKind":"Relative",\
                "chargingSchedule":{"chargingRateUnit":"W",\
                "chargingSchedulePeriod":[{"startPeriod":0,"limit":11000}]}}}""";
        assertInstanceOf(Decoded.Valid.class, protocol.decodeRequest("SetChargingProfile", MAPPER.readTree(valid)));

        assertInvalid("SetChargingProfile", valid.replace("\"W\"", "\"X\""),
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                "csChargingProfiles.chargingSchedule.chargingRateUnit: 'X' is not one of [A, W]");
        assertInvalid("SetChargingProfile", valid.replace("11000", "16.55"),
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                "csChargingProfiles.chargingSchedule.chargingSchedulePeriod[0].limit: 16.55"
                        + " (expected: a multiple of 0.1)");
        assertInvalid("SetChargingProfile", valid.replace("\"startPeriod\":0,", ""),
                RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                "csChargingProfiles.chargingSchedule.chargingSchedulePeriod[0].startPeriod: missing");
        assertInvalid("SetChargingProfile", valid.replace("\"stackLevel\":0", "\"stackLevel\":\"0\""),
                RpcErrorCode.TYPE_CONSTRAINT_VIOLATION, "csChargingProfiles.stackLevel: expected integer, got string");
        assertInvalid("SetChargingProfile", valid.replace("\"limit\":11000", "\"limit\":11000,\"unit\":\"W\""),
                RpcErrorCode.FORMAT_VIOLATION, "csChargingProfiles.chargingSchedule.chargingSchedulePeriod[0].unit: "
                        + "unknown property");
    }

    @Test
    void dateTimeKeepsItsOffsetFractionAndSpelling() throws IOException {
        for (String text : List.of(
                "2025-01-31T13:45:30.123456789+05:30",
                "2025-01-31t08:15:30.123456789z",
                "2025-01-31T08:15:30.1234567891234Z")) {
            HeartbeatConfirmation heartbeat = decodeResponse("Heartbeat", "{\"currentTime\":\"" + text + "\"}",
                    HeartbeatConfirmation.class);
            assertEquals(text, heartbeat.currentTime().text());
            assertEquals(Instant.parse("2025-01-31T08:15:30.123456789Z"), heartbeat.currentTime().toInstant());
            assertEquals("{\"currentTime\":\"" + text + "\"}", MAPPER.writeValueAsString(protocol.encode(heartbeat)));
        }
        assertInvalid("Heartbeat", "{\"currentTime\":\"2025-02-29T00:00:00Z\"}", false,
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                "currentTime: '2025-02-29T00:00:00Z' is not an RFC 3339 date-time");
    }

    @Test
    void integerWithZeroFractionIsAnIntegerAsJsonSchemaDefinesIt() throws IOException {
        // JSON Schema draft-07: "integer" matches any number with a zero fractional part. The
        // value is the integer 5 and encodes canonically as 5.
        for (String five : List.of("5.0", "5.000", "5E0", "0.5E1")) {
            UnlockConnectorRequest request = decodeRequest("UnlockConnector", "{\"connectorId\":" + five + "}",
                    UnlockConnectorRequest.class);
            assertEquals(new UnlockConnectorRequest(5), request);
            assertEquals("{\"connectorId\":5}", MAPPER.writeValueAsString(protocol.encode(request)));
        }
        assertInvalid("UnlockConnector", "{\"connectorId\":5.5}", RpcErrorCode.TYPE_CONSTRAINT_VIOLATION,
                "connectorId: expected integer, got 5.5");
        assertInvalid("UnlockConnector", "{\"connectorId\":\"5\"}", RpcErrorCode.TYPE_CONSTRAINT_VIOLATION,
                "connectorId: expected integer, got string");
        assertInvalid("UnlockConnector", "{\"connectorId\":null}", RpcErrorCode.TYPE_CONSTRAINT_VIOLATION,
                "connectorId: expected integer, got null");
        assertInvalid("UnlockConnector", "{\"connectorId\":2147483648}", RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                "connectorId: 2147483648 (expected: a 32-bit integer)");
        assertInvalid("UnlockConnector", "{\"connectorId\":1E+999999999}", RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                "connectorId: 1E+999999999 (expected: a 32-bit integer)");
        assertEquals(new UnlockConnectorRequest(Integer.MIN_VALUE), decodeRequest("UnlockConnector",
                "{\"connectorId\":-2147483648}", UnlockConnectorRequest.class));
    }

    @Test
    void hugeOrTinyDecimalsAreRefusedCheaply() throws IOException {
        String schedule = "{\"status\":\"Accepted\",\"chargingSchedule\":{\"chargingRateUnit\":\"A\","
                + "\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":%s}]}}";
        assertInvalid("GetCompositeSchedule", schedule.formatted("1E+999999999"), false,
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                "chargingSchedule.chargingSchedulePeriod[0].limit: 1E+999999999 (expected: a finite number)");
        assertInvalid("GetCompositeSchedule", schedule.formatted("1E-999999999"), false,
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                "chargingSchedule.chargingSchedulePeriod[0].limit: 1E-999999999 (expected: a multiple of 0.1)");
    }

    @Test
    void commonViolationsAreDescribedPrecisely() throws IOException {
        assertInvalid("BootNotification", "{\"chargePointModel\":\"M\"}", RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                "chargePointVendor: missing");
        assertInvalid("BootNotification", "{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\",\"colour\":\"red\"}",
                RpcErrorCode.FORMAT_VIOLATION, "colour: unknown property");
        assertInvalid("Authorize", "{\"idTag\":\"123456789012345678901\"}", RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                "idTag: length 21 (expected: <= 20)");
        assertInvalid("Authorize", "{\"idTagInfo\":{}}", false, RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                "idTagInfo.status: missing");
        assertInvalid("Authorize", "[]", RpcErrorCode.FORMAT_VIOLATION, "payload: expected object, got array");
        assertInvalid("GetConfiguration", "{\"key\":[\"a\",7]}", RpcErrorCode.TYPE_CONSTRAINT_VIOLATION,
                "key[1]: expected string, got 7");
        assertInvalid("GetConfiguration", "{\"key\":[\"a\",\"" + "k".repeat(51) + "\"]}",
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "key[1]: length 51 (expected: <= 50)");
        assertInvalid("GetInstalledCertificateIds", "{\"status\":\"NotFound\",\"certificateHashData\":[]}", false,
                RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "certificateHashData: 0 items (expected: >= 1)");
        assertInvalid("UpdateFirmware", "{\"location\":\"firmware.bin\",\"retrieveDate\":\"2025-01-31T00:00:00Z\"}",
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "location: 'firmware.bin' is not an absolute URI");
    }

    private <T extends OcppMessage> T decodeRequest(String action, String text, Class<T> type) throws IOException {
        Decoded decoded = protocol.decodeRequest(action, MAPPER.readTree(text));
        return type.cast(assertInstanceOf(Decoded.Valid.class, decoded, decoded::toString).message());
    }

    private <T extends OcppMessage> T decodeResponse(String action, String text, Class<T> type) throws IOException {
        Decoded decoded = protocol.decodeResponse(action, MAPPER.readTree(text));
        return type.cast(assertInstanceOf(Decoded.Valid.class, decoded, decoded::toString).message());
    }

    private void assertInvalid(String action, String text, RpcErrorCode code, String description) throws IOException {
        assertInvalid(action, text, true, code, description);
    }

    private void assertInvalid(String action, String text, boolean request, RpcErrorCode code, String description)
            throws IOException {
        JsonNode payload = MAPPER.readTree(text);
        Decoded decoded = request ? protocol.decodeRequest(action, payload) : protocol.decodeResponse(action, payload);
        Decoded.Invalid invalid = assertInstanceOf(Decoded.Invalid.class, decoded, decoded::toString);
        assertEquals(code, invalid.errorCode(), invalid.description());
        assertEquals(description, invalid.description());
    }
}
