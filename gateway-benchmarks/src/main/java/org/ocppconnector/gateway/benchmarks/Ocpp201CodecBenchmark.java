package org.ocppconnector.gateway.benchmarks;

import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.ocpp201.Ocpp201Protocol;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** OCPP 2.0.1 payloads through {@link Ocpp201Protocol}; see {@link CodecBenchmark}. */
@State(Scope.Benchmark)
public class Ocpp201CodecBenchmark extends CodecBenchmark {

    /** The CALL; TransactionEvent is an Updated with 9 sampled values, NotifyReport 20 variables. */
    @Param({"BootNotification", "TransactionEvent", "NotifyReport"})
    public String action;

    @Override
    OcppProtocol protocol() {
        return Ocpp201Protocol.INSTANCE;
    }

    @Override
    String action() {
        return action;
    }
}
