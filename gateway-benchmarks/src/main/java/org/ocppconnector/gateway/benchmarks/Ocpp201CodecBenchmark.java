package org.ocppconnector.gateway.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.OcppMessage;
import org.ocppconnector.gateway.ocpp201.Ocpp201Protocol;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * OCPP 2.0.1 payloads through {@link Ocpp201Protocol}, the entry point the gateway uses: decoding a
 * CALL payload tree into its typed record, which validates it against the schema (the check every
 * station CALL passes before it is published), and encoding the record back to a tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Ocpp201CodecBenchmark {

    /** The CALL; TransactionEvent is an Updated with 9 sampled values, NotifyReport 20 variables. */
    @Param({"BootNotification", "TransactionEvent", "NotifyReport"})
    public String action;

    private final Ocpp201Protocol protocol = Ocpp201Protocol.INSTANCE;
    JsonNode payload;
    OcppMessage message;

    @Setup
    public void setup() {
        payload = Payloads.request("2.0.1", action);
        Decoded decoded = protocol.decodeRequest(action, payload);
        if (!(decoded instanceof Decoded.Valid valid)) {
            throw new IllegalStateException("payloads/ocpp201/" + action + ".json is not a valid request: " + decoded);
        }
        message = valid.message();
    }

    /** Decodes and validates a CALL payload. */
    @Benchmark
    public Decoded decode() {
        return protocol.decodeRequest(action, payload);
    }

    /** Encodes the typed request back to JSON. */
    @Benchmark
    public JsonNode encode() {
        return protocol.encode(message);
    }
}
