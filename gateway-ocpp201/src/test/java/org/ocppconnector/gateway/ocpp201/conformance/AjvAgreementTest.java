package org.ocppconnector.gateway.ocpp201.conformance;

import java.util.List;
import org.ocppconnector.gateway.testkit.schema.AjvAgreementSuite;
import org.ocppconnector.gateway.testkit.schema.AjvVerdicts.Judged;

/**
 * Cross-checks the 2.0.1 decoder, and the test generators, against ocpp-rpc's validator (ajv) on
 * the 128 official 2.0.1 schemas.
 */
class AjvAgreementTest extends AjvAgreementSuite {

    AjvAgreementTest() {
        super(Ocpp201ConformanceSuite.PROTOCOL, Ocpp201ConformanceSuite.SCHEMAS, 2000, 14000);
    }

    /** Besides the date-times, as in 1.6: integers are 32-bit Java ints. */
    @Override
    protected List<Judged> stricterThanAjv() {
        return List.of(
                new Judged(Ocpp201ConformanceSuite.SCHEMAS.get("CancelReservation", true),
                        json("{\"reservationId\":2147483648}")),
                new Judged(Ocpp201ConformanceSuite.SCHEMAS.get("NotifyEVChargingNeeds", true),
                        json("{\"evseId\":1,\"chargingNeeds\":{\"requestedEnergyTransfer\":\"DC\","
                                + "\"dcChargingParameters\":{\"evMaxCurrent\":9007199254740993,\"evMaxVoltage\":500}}}")));
    }
}
