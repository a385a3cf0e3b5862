package org.ocppconnector.gateway.ocpp201;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.ocppconnector.gateway.ocpp201.Golden.assertInvalidRequest;
import static org.ocppconnector.gateway.ocpp201.Golden.json;
import static org.ocppconnector.gateway.ocpp201.Golden.request;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.spi.LocalResponseContext;
import org.ocppconnector.gateway.ocpp201.message.ACChargingParameters;
import org.ocppconnector.gateway.ocpp201.message.ChargingProfile;
import org.ocppconnector.gateway.ocpp201.message.ChargingProfileKindEnumType;
import org.ocppconnector.gateway.ocpp201.message.ChargingProfilePurposeEnumType;
import org.ocppconnector.gateway.ocpp201.message.ChargingRateUnitEnumType;
import org.ocppconnector.gateway.ocpp201.message.ChargingSchedule;
import org.ocppconnector.gateway.ocpp201.message.ChargingSchedulePeriod;
import org.ocppconnector.gateway.ocpp201.message.CostKindEnumType;
import org.ocppconnector.gateway.ocpp201.message.DCChargingParameters;
import org.ocppconnector.gateway.ocpp201.message.EnergyTransferModeEnumType;
import org.ocppconnector.gateway.ocpp201.message.NotifyEVChargingNeedsRequest;
import org.ocppconnector.gateway.ocpp201.message.SalesTariffEntry;
import org.ocppconnector.gateway.ocpp201.message.SetChargingProfileRequest;

/** Functional block K (Smart Charging): ISO 15118 charging needs and charging profiles with real schedules. */
class SmartChargingGoldenTest {

    private static final String SET_CHARGING_PROFILE = """
            {"evseId":1,"chargingProfile":{"id":42,"stackLevel":1,"chargingProfilePurpose":"TxProfile",\
            "chargingProfileKind":"Absolute","validFrom":"2025-01-31T00:00:00Z","validTo":"2025-02-01T00:00:00Z",\
            "chargingSchedule":[{"id":1,"startSchedule":"2025-01-31T08:00:00+01:00","duration":86400,\
            "chargingRateUnit":"A","chargingSchedulePeriod":[{"startPeriod":0,"limit":16.50,"numberPhases":3},\
            {"startPeriod":3600,"limit":32},{"startPeriod":7200,"limit":6.0,"numberPhases":1,"phaseToUse":2}],\
            "minChargingRate":6.1,"salesTariff":{"id":7,"salesTariffDescription":"Night","numEPriceLevels":2,\
            "salesTariffEntry":[{"relativeTimeInterval":{"start":0,"duration":3600},"ePriceLevel":1},\
            {"relativeTimeInterval":{"start":3600},"consumptionCost":[{"startValue":0.0,"cost":[\
            {"costKind":"RelativePricePercentage","amount":80,"amountMultiplier":-1}]}]}]}}],\
            "transactionId":"TX-0001"}}""";

    @Test
    void notifyEvChargingNeedsForAc() throws IOException {
        NotifyEVChargingNeedsRequest request = request("NotifyEVChargingNeeds", """
                {"maxScheduleTuples":3,"chargingNeeds":{"acChargingParameters":{"energyAmount":20000,\
                "evMinCurrent":6,"evMaxCurrent":32,"evMaxVoltage":400},"requestedEnergyTransfer":"AC_three_phase",\
                "departureTime":"2025-01-31T18:30:00+01:00"},"evseId":1}""", NotifyEVChargingNeedsRequest.class);

        assertEquals(EnergyTransferModeEnumType.AC_THREE_PHASE, request.chargingNeeds().requestedEnergyTransfer());
        assertEquals(new ACChargingParameters(20000, 6, 32, 400), request.chargingNeeds().acChargingParameters());
        assertNull(request.chargingNeeds().dcChargingParameters());
        assertEquals(Instant.parse("2025-01-31T17:30:00Z"), request.chargingNeeds().departureTime().toInstant());
        assertEquals(ZoneOffset.ofHours(1), request.chargingNeeds().departureTime().toOffsetDateTime().getOffset());
        assertEquals(3, request.maxScheduleTuples());
    }

    @Test
    void notifyEvChargingNeedsForDc() throws IOException {
        String text = """
                {"chargingNeeds":{"dcChargingParameters":{"evMaxCurrent":200,"evMaxVoltage":920,"energyAmount":60000,\
                "evMaxPower":150000,"stateOfCharge":23,"evEnergyCapacity":77400,"fullSoC":100,"bulkSoC":80},\
                "requestedEnergyTransfer":"DC","departureTime":"2025-01-31T17:00:00Z"},"evseId":2}""";
        NotifyEVChargingNeedsRequest request = request("NotifyEVChargingNeeds", text,
                NotifyEVChargingNeedsRequest.class);

        DCChargingParameters dc = request.chargingNeeds().dcChargingParameters();
        assertEquals(new DCChargingParameters(200, 920, 60000, 150000, 23, 77400, 100, 80), dc);
        assertEquals(EnergyTransferModeEnumType.DC, request.chargingNeeds().requestedEnergyTransfer());

        // The state of charge is a percentage: the schema bounds it to 0..100.
        assertInvalidRequest("NotifyEVChargingNeeds", text.replace("\"stateOfCharge\":23", "\"stateOfCharge\":101"),
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                "chargingNeeds.dcChargingParameters.stateOfCharge: 101 (expected: 0 to 100)");
        assertInvalidRequest("NotifyEVChargingNeeds", text.replace("\"bulkSoC\":80", "\"bulkSoC\":-1"),
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                "chargingNeeds.dcChargingParameters.bulkSoC: -1 (expected: 0 to 100)");
        assertInvalidRequest("NotifyEVChargingNeeds", text.replace("\"evMaxCurrent\":200,", ""),
                RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                "chargingNeeds.dcChargingParameters.evMaxCurrent: missing");
        // Charging needs wait for the backend; answered locally, the CSMS declines to provide a schedule.
        assertEquals(json("{\"status\":\"Rejected\"}"), Golden.PROTOCOL.defaultLocalResponse("NotifyEVChargingNeeds",
                json(text), new LocalResponseContext(Instant.EPOCH, 60)));
    }

    @Test
    void setChargingProfileKeepsDecimalLimitsExactly() throws IOException {
        SetChargingProfileRequest request = request("SetChargingProfile", SET_CHARGING_PROFILE,
                SetChargingProfileRequest.class);

        ChargingProfile profile = request.chargingProfile();
        assertEquals(42, profile.id());
        assertEquals(ChargingProfilePurposeEnumType.TX_PROFILE, profile.chargingProfilePurpose());
        assertEquals(ChargingProfileKindEnumType.ABSOLUTE, profile.chargingProfileKind());
        assertEquals("TX-0001", profile.transactionId());
        ChargingSchedule schedule = profile.chargingSchedule().getFirst();
        assertEquals(ChargingRateUnitEnumType.A, schedule.chargingRateUnit());
        assertEquals(Instant.parse("2025-01-31T07:00:00Z"), schedule.startSchedule().toInstant());
        assertEquals(new BigDecimal("6.1"), schedule.minChargingRate());
        List<ChargingSchedulePeriod> periods = schedule.chargingSchedulePeriod();
        // 16.50 keeps its trailing zero, 32 stays an integer, 6.0 stays a decimal.
        assertEquals(new ChargingSchedulePeriod(0, new BigDecimal("16.50"), 3, null), periods.get(0));
        assertEquals(new ChargingSchedulePeriod(3600, new BigDecimal("32"), null, null), periods.get(1));
        assertEquals(new ChargingSchedulePeriod(7200, new BigDecimal("6.0"), 1, 2), periods.get(2));
        List<SalesTariffEntry> entries = schedule.salesTariff().salesTariffEntry();
        assertEquals(1, entries.get(0).ePriceLevel());
        assertEquals(3600, entries.get(1).relativeTimeInterval().start());
        assertEquals(CostKindEnumType.RELATIVE_PRICE_PERCENTAGE,
                entries.get(1).consumptionCost().getFirst().cost().getFirst().costKind());
        assertEquals(-1, entries.get(1).consumptionCost().getFirst().cost().getFirst().amountMultiplier());
    }

    @Test
    void chargingProfileViolationsNameTheirPath() throws IOException {
        assertInvalidRequest("SetChargingProfile", SET_CHARGING_PROFILE.replace("\"A\"", "\"X\""),
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                "chargingProfile.chargingSchedule[0].chargingRateUnit: 'X' is not one of [W, A]");
        assertInvalidRequest("SetChargingProfile", SET_CHARGING_PROFILE.replace("16.50", "\"16.50\""),
                RpcErrorCode.TYPE_CONSTRAINT_VIOLATION,
                "chargingProfile.chargingSchedule[0].chargingSchedulePeriod[0].limit: expected number, got string");
        assertInvalidRequest("SetChargingProfile", SET_CHARGING_PROFILE.replace("\"startPeriod\":3600,", ""),
                RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                "chargingProfile.chargingSchedule[0].chargingSchedulePeriod[1].startPeriod: missing");
        assertInvalidRequest("SetChargingProfile",
                SET_CHARGING_PROFILE.replace("\"ePriceLevel\":1", "\"ePriceLevel\":-1"),
                RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                "chargingProfile.chargingSchedule[0].salesTariff.salesTariffEntry[0].ePriceLevel: -1 (expected: >= 0)");
        assertInvalidRequest("SetChargingProfile", SET_CHARGING_PROFILE.replace("\"phaseToUse\":2", "\"phaseToUse\":2,"
                        + "\"unit\":\"A\""),
                RpcErrorCode.FORMAT_VIOLATION,
                "chargingProfile.chargingSchedule[0].chargingSchedulePeriod[2].unit: unknown property");
        String schedule = SET_CHARGING_PROFILE.substring(SET_CHARGING_PROFILE.indexOf("[{\"id\":1") + 1,
                SET_CHARGING_PROFILE.indexOf("],\"transactionId\""));
        assertInvalidRequest("SetChargingProfile", SET_CHARGING_PROFILE.replace(schedule,
                        String.join(",", schedule, schedule, schedule, schedule)),
                RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                "chargingProfile.chargingSchedule: 4 items (expected: <= 3)");
        assertInvalidRequest("SetChargingProfile", SET_CHARGING_PROFILE.replace(schedule, ""),
                RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                "chargingProfile.chargingSchedule: 0 items (expected: >= 1)");
    }
}
