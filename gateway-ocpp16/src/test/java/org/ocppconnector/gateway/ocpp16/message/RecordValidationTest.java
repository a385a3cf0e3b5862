package org.ocppconnector.gateway.ocpp16.message;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocppconnector.gateway.core.codec.DateTime;

/** Records built in code are held to the same constraints as decoded ones. */
class RecordValidationTest {

    @Test
    void maxLengthCountsCodePoints() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AuthorizeRequest("123456789012345678901"));
        assertEquals("idTag: length 21 (expected: <= 20)", e.getMessage());
        // 20 characters outside the BMP are 40 UTF-16 units, and still 20 characters.
        assertEquals(40, new AuthorizeRequest("😀".repeat(20)).idTag().length());
        assertThrows(IllegalArgumentException.class, () -> new AuthorizeRequest("😀".repeat(21)));
        assertDoesNotThrow(() -> new CertificateSignedRequest("x".repeat(10000)));
        assertThrows(IllegalArgumentException.class, () -> new CertificateSignedRequest("x".repeat(10001)));
    }

    @Test
    void requiredFieldsAreNotNull() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new BootNotificationRequest(null, "M", null, null, null, null, null, null, null));
        assertEquals("chargePointVendor", e.getMessage());
        assertEquals("status",
                assertThrows(NullPointerException.class, () -> new ResetConfirmation(null)).getMessage());
    }

    @Test
    void decimalsAreMultiplesOfATenth() {
        assertDoesNotThrow(() -> new ChargingSchedulePeriod(0, new BigDecimal("16.50"), null));
        assertDoesNotThrow(() -> new ChargingSchedulePeriod(0, new BigDecimal("-0.1"), null));
        assertDoesNotThrow(() -> new ChargingSchedulePeriod(0, new BigDecimal("1E+3"), null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ChargingSchedulePeriod(0, new BigDecimal("0.05"), null));
        assertEquals("limit: 0.05 (expected: a multiple of 0.1)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ChargingSchedule(null, null, ChargingRateUnitType.W,
                List.of(), new BigDecimal("6.25")));
    }

    @Test
    void listsAreCopiedAndImmutable() {
        List<String> keys = new ArrayList<>(List.of("HeartbeatInterval"));
        GetConfigurationRequest request = new GetConfigurationRequest(keys);
        keys.add("MeterValueSampleInterval");
        assertEquals(List.of("HeartbeatInterval"), request.key());
        assertThrows(UnsupportedOperationException.class, () -> request.key().add("x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GetConfigurationRequest(List.of("a", "k".repeat(51))));
        assertEquals("key[1]: length 51 (expected: <= 50)", e.getMessage());
    }

    @Test
    void certificateHashDataHasAtLeastOneItemWhenPresent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GetInstalledCertificateIdsConfirmation(
                        List.of(), GetInstalledCertificateStatusEnumType.NOT_FOUND));
        assertEquals("certificateHashData: 0 items (expected: >= 1)", e.getMessage());
        assertDoesNotThrow(() -> new GetInstalledCertificateIdsConfirmation(null,
                GetInstalledCertificateStatusEnumType.NOT_FOUND));
    }

    @Test
    void locationsAreAbsoluteUris() {
        assertDoesNotThrow(() -> new UpdateFirmwareRequest("ftp://user:pw@host:21/fw%20v2.bin", null,
                DateTime.parse("2025-01-31T00:00:00Z"), null));
        for (String bad : List.of("fw.bin", "/fw.bin", "1ftp://host/", "http://host/a b", "http://host/%zz", "")) {
            assertThrows(IllegalArgumentException.class, () -> new GetDiagnosticsRequest(bad, null, null, null, null),
                    bad);
        }
    }

    @Test
    void enumsRoundTripTheirWireNames() {
        assertEquals("Celcius", UnitOfMeasure.CELCIUS.wireName());
        assertEquals("Celsius", UnitOfMeasure.CELSIUS.wireName());
        assertEquals("L3-L1", Phase.L3_L1.wireName());
        assertEquals("Energy.Active.Import.Register", Measurand.ENERGY_ACTIVE_IMPORT_REGISTER.wireName());
        assertEquals("SignChargePointCertificate", MessageTriggerEnumType.SIGN_CHARGE_POINT_CERTIFICATE.wireName());
        assertEquals(Reason.LOCAL, new StopTransactionRequest(null, 0, DateTime.parse("2025-01-31T00:00:00Z"), 1,
                null, null).reasonOrDefault());
    }
}
