package org.ocppconnector.gateway.ocpp16.conformance;

import java.util.List;
import org.ocppconnector.gateway.testkit.schema.AjvAgreementSuite;
import org.ocppconnector.gateway.testkit.schema.AjvVerdicts.Judged;

/** Cross-checks the 1.6 decoder, and the test generators, against ocpp-rpc's validator (ajv) on the 1.6 schemas. */
class AjvAgreementTest extends AjvAgreementSuite {

    AjvAgreementTest() {
        super(Ocpp16ConformanceSuite.PROTOCOL, Ocpp16ConformanceSuite.SCHEMAS, 1000, 2500);
    }

    /**
     * Besides the date-times: integers are 32-bit Java ints; and multipleOf is checked exactly on
     * the decimal (ajv allows a 1e-6 slack for binary floating point).
     */
    @Override
    protected List<Judged> stricterThanAjv() {
        return List.of(
                new Judged(Ocpp16ConformanceSuite.SCHEMAS.get("RemoteStopTransaction", true),
                        json("{\"transactionId\":2147483648}")),
                new Judged(Ocpp16ConformanceSuite.SCHEMAS.get("GetCompositeSchedule", false),
                        json("{\"status\":\"Accepted\",\"chargingSchedule\":{\"chargingRateUnit\":\"A\","
                                + "\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":0.30000000000000004}]}}")));
    }
}
