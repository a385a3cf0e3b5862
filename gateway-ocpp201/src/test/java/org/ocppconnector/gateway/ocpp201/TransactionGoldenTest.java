package org.ocppconnector.gateway.ocpp201;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocppconnector.gateway.ocpp201.Golden.assertInvalidRequest;
import static org.ocppconnector.gateway.ocpp201.Golden.json;
import static org.ocppconnector.gateway.ocpp201.Golden.request;
import static org.ocppconnector.gateway.ocpp201.Golden.response;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.spi.LocalResponseContext;
import org.ocppconnector.gateway.ocpp201.message.AuthorizationStatusEnumType;
import org.ocppconnector.gateway.ocpp201.message.ChargingStateEnumType;
import org.ocppconnector.gateway.ocpp201.message.IdTokenEnumType;
import org.ocppconnector.gateway.ocpp201.message.LocationEnumType;
import org.ocppconnector.gateway.ocpp201.message.MeasurandEnumType;
import org.ocppconnector.gateway.ocpp201.message.MeterValuesRequest;
import org.ocppconnector.gateway.ocpp201.message.PhaseEnumType;
import org.ocppconnector.gateway.ocpp201.message.ReadingContextEnumType;
import org.ocppconnector.gateway.ocpp201.message.ReasonEnumType;
import org.ocppconnector.gateway.ocpp201.message.SampledValue;
import org.ocppconnector.gateway.ocpp201.message.TransactionEventEnumType;
import org.ocppconnector.gateway.ocpp201.message.TransactionEventRequest;
import org.ocppconnector.gateway.ocpp201.message.TransactionEventResponse;
import org.ocppconnector.gateway.ocpp201.message.TriggerReasonEnumType;

/** Functional blocks E (Transactions) and J (Meter Values): a transaction from Started to Ended. */
class TransactionGoldenTest {

    private static final LocalResponseContext CONTEXT =
            new LocalResponseContext(Instant.parse("2025-01-31T12:00:00Z"), 300);

    private static final String STARTED = """
            {"eventType":"Started","meterValue":[{"sampledValue":[{"value":0.0,"context":"Transaction.Begin",\
            "measurand":"Energy.Active.Import.Register","unitOfMeasure":{"unit":"kWh","multiplier":0}}],\
            "timestamp":"2025-01-31T12:00:00.000Z"}],"timestamp":"2025-01-31T12:00:00.000Z",\
            "triggerReason":"CablePluggedIn","seqNo":0,"transactionInfo":{"transactionId":"TX-0001",\
            "chargingState":"EVConnected"},"evse":{"id":1,"connectorId":1}}""";

    private static final String UPDATED = """
            {"eventType":"Updated","meterValue":[{"sampledValue":[{"value":42,"context":"Sample.Periodic",\
            "measurand":"SoC","location":"EV","unitOfMeasure":{"unit":"Percent"}},{"value":7360.5,\
            "measurand":"Power.Active.Import","unitOfMeasure":{"unit":"W"}},{"value":16.05,\
            "measurand":"Current.Import","phase":"L1","unitOfMeasure":{"unit":"A"}},{"value":230.10,\
            "measurand":"Voltage","phase":"L1-N","unitOfMeasure":{"unit":"V"}},{"value":1234.5}],\
            "timestamp":"2025-01-31T12:10:00+01:00"}],"timestamp":"2025-01-31T11:10:00Z",\
            "triggerReason":"Authorized","seqNo":1,"numberOfPhasesUsed":3,"cableMaxCurrent":32,\
            "transactionInfo":{"transactionId":"TX-0001","chargingState":"Charging","timeSpentCharging":600},\
            "idToken":{"idToken":"04A2B3C4D5E6F7","type":"ISO14443"}}""";

    private static final String ENDED = """
            {"eventType":"Ended","meterValue":[{"sampledValue":[{"value":12.345,"context":"Transaction.End",\
            "signedMeterValue":{"signedMeterData":"AAECAwQ=","signingMethod":"ECDSA-secp256r1-SHA256",\
            "encodingMethod":"OCMF","publicKey":"BAEC"},"unitOfMeasure":{"unit":"kWh","multiplier":3}}],\
            "timestamp":"2025-01-31T13:00:00Z"}],"timestamp":"2025-01-31T13:00:00Z","triggerReason":"EVDeparted",\
            "seqNo":2,"offline":true,"transactionInfo":{"transactionId":"TX-0001","chargingState":"Idle",\
            "stoppedReason":"EVDisconnected","remoteStartId":77}}""";

    @Test
    void startedCarriesTheEvseAndTheMeterStart() throws IOException {
        TransactionEventRequest started = request("TransactionEvent", STARTED, TransactionEventRequest.class);

        assertEquals(TransactionEventEnumType.STARTED, started.eventType());
        assertEquals(TriggerReasonEnumType.CABLE_PLUGGED_IN, started.triggerReason());
        assertEquals(0, started.seqNo());
        assertEquals("TX-0001", started.transactionInfo().transactionId());
        assertEquals(ChargingStateEnumType.EV_CONNECTED, started.transactionInfo().chargingState());
        assertEquals(1, started.evse().id());
        assertEquals(1, started.evse().connectorId());
        assertFalse(started.offlineOrDefault());
        SampledValue meterStart = started.meterValue().getFirst().sampledValue().getFirst();
        assertEquals(new BigDecimal("0.0"), meterStart.value());
        assertEquals(ReadingContextEnumType.TRANSACTION_BEGIN, meterStart.context());
        assertEquals("kWh", meterStart.unitOfMeasure().unitOrDefault());
        assertEquals(Instant.parse("2025-01-31T12:00:00Z"), started.timestamp().toInstant());

        // No idToken: the local answer is the empty response.
        assertEquals(json("{}"), Golden.PROTOCOL.defaultLocalResponse("TransactionEvent", json(STARTED), CONTEXT));
    }

    @Test
    void updatedCarriesStateOfChargeAndPhaseValuesExactly() throws IOException {
        TransactionEventRequest updated = request("TransactionEvent", UPDATED, TransactionEventRequest.class);

        List<SampledValue> values = updated.meterValue().getFirst().sampledValue();
        SampledValue soc = values.get(0);
        assertEquals(MeasurandEnumType.SOC, soc.measurand());
        assertEquals("SoC", soc.measurand().wireName());
        assertEquals(LocationEnumType.EV, soc.locationOrDefault());
        assertEquals(new BigDecimal("42"), soc.value());
        assertEquals("Percent", soc.unitOfMeasure().unit());
        assertEquals(0, soc.unitOfMeasure().multiplierOrDefault());
        assertEquals(new BigDecimal("16.05"), values.get(2).value());
        assertEquals(PhaseEnumType.L1, values.get(2).phase());
        // The trailing zero survives: 230.10 is not 230.1.
        assertEquals(new BigDecimal("230.10"), values.get(3).value());
        assertEquals(PhaseEnumType.L1_N, values.get(3).phase());
        // Absent fields stay absent and offer the schema's defaults.
        SampledValue bare = values.get(4);
        assertNull(bare.measurand());
        assertEquals(MeasurandEnumType.ENERGY_ACTIVE_IMPORT_REGISTER, bare.measurandOrDefault());
        assertEquals(ReadingContextEnumType.SAMPLE_PERIODIC, bare.contextOrDefault());
        assertEquals(LocationEnumType.OUTLET, bare.locationOrDefault());
        assertEquals(3, updated.numberOfPhasesUsed());
        assertEquals(600, updated.transactionInfo().timeSpentCharging());
        assertEquals(IdTokenEnumType.ISO14443, updated.idToken().type());
        assertEquals(Instant.parse("2025-01-31T11:10:00Z"),
                updated.meterValue().getFirst().timestamp().toInstant());

        // OCPP 2.0.1 TransactionEventResponse: an idToken in the request needs an idTokenInfo in the response.
        TransactionEventResponse local = response("TransactionEvent",
                Golden.MAPPER.writeValueAsString(
                        Golden.PROTOCOL.defaultLocalResponse("TransactionEvent", json(UPDATED), CONTEXT)),
                TransactionEventResponse.class);
        assertEquals(AuthorizationStatusEnumType.ACCEPTED, local.idTokenInfo().status());
    }

    @Test
    void endedCarriesTheStopReasonAndSignedMeterValue() throws IOException {
        TransactionEventRequest ended = request("TransactionEvent", ENDED, TransactionEventRequest.class);

        assertEquals(TransactionEventEnumType.ENDED, ended.eventType());
        assertEquals(ReasonEnumType.EV_DISCONNECTED, ended.transactionInfo().stoppedReason());
        assertEquals(77, ended.transactionInfo().remoteStartId());
        assertTrue(ended.offlineOrDefault());
        SampledValue meterStop = ended.meterValue().getFirst().sampledValue().getFirst();
        assertEquals(new BigDecimal("12.345"), meterStop.value());
        assertEquals(3, meterStop.unitOfMeasure().multiplier());
        assertEquals("OCMF", meterStop.signedMeterValue().encodingMethod());
        assertEquals("AAECAwQ=", meterStop.signedMeterValue().signedMeterData());
    }

    @Test
    void responseWithCostAndPersonalMessage() throws IOException {
        TransactionEventResponse response = response("TransactionEvent", """
                {"totalCost":12.30,"chargingPriority":2,"idTokenInfo":{"status":"Accepted",\
                "cacheExpiryDateTime":"2025-02-01T00:00:00Z","language1":"de","evseId":[1,2]},\
                "updatedPersonalMessage":{"format":"UTF8","language":"de","content":"Gute Fahrt! 🚗"}}""",
                TransactionEventResponse.class);
        assertEquals(new BigDecimal("12.30"), response.totalCost());
        assertEquals(List.of(1, 2), response.idTokenInfo().evseId());
        assertEquals("Gute Fahrt! 🚗", response.updatedPersonalMessage().content());
    }

    @Test
    void meterValuesOutsideATransaction() throws IOException {
        MeterValuesRequest request = request("MeterValues", """
                {"evseId":0,"meterValue":[{"sampledValue":[{"value":-1.5E-7,"measurand":"Energy.Active.Net"},\
                {"value":50.00,"measurand":"Frequency"}],"timestamp":"2025-01-31T12:00:00Z"}]}""",
                MeterValuesRequest.class);
        assertEquals(0, request.evseId());
        assertEquals(new BigDecimal("-1.5E-7"), request.meterValue().getFirst().sampledValue().get(0).value());
        assertEquals(new BigDecimal("50.00"), request.meterValue().getFirst().sampledValue().get(1).value());
    }

    @Test
    void violationsNameTheirPath() throws IOException {
        assertInvalidRequest("TransactionEvent", STARTED.replace("\"seqNo\":0,", ""),
                RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "seqNo: missing");
        assertInvalidRequest("TransactionEvent", STARTED.replace("\"value\":0.0", "\"value\":\"0.0\""),
                RpcErrorCode.TYPE_CONSTRAINT_VIOLATION,
                "meterValue[0].sampledValue[0].value: expected number, got string");
        assertInvalidRequest("TransactionEvent", STARTED.replace("\"Started\"", "\"Stopped\""),
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                "eventType: 'Stopped' is not one of [Ended, Started, Updated]");
        assertInvalidRequest("TransactionEvent",
                STARTED.replaceFirst("\"sampledValue\":\\[.*?}}]", "\"sampledValue\":[]"),
                RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "meterValue[0].sampledValue: 0 items (expected: >= 1)");
        assertInvalidRequest("TransactionEvent", STARTED.replace("\"TX-0001\"", "\"" + "T".repeat(37) + "\""),
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                "transactionInfo.transactionId: length 37 (expected: <= 36)");
        assertInvalidRequest("TransactionEvent", STARTED.replace("\"connectorId\":1", "\"connectorId\":1.5"),
                RpcErrorCode.TYPE_CONSTRAINT_VIOLATION, "evse.connectorId: expected integer, got 1.5");
        assertInvalidRequest("TransactionEvent", STARTED.replace("\"multiplier\":0", "\"multiplier\":0,\"scale\":1"),
                RpcErrorCode.FORMAT_VIOLATION, "meterValue[0].sampledValue[0].unitOfMeasure.scale: unknown property");
    }
}
