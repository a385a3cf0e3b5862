package org.ocppconnector.gateway.benchmarks;

import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.ocpp16.Ocpp16Protocol;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** OCPP 1.6 payloads through {@link Ocpp16Protocol}; see {@link CodecBenchmark}. */
@State(Scope.Benchmark)
public class Ocpp16CodecBenchmark extends CodecBenchmark {

    /** The CALL; MeterValues is 4 samples x 12 measurands (payloads/ocpp16/MeterValues.json). */
    @Param({"BootNotification", "StatusNotification", "MeterValues", "StartTransaction"})
    public String action;

    @Override
    OcppProtocol protocol() {
        return Ocpp16Protocol.INSTANCE;
    }

    @Override
    String action() {
        return action;
    }
}
