package org.ocppconnector.gateway.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.OcppMessage;
import org.ocppconnector.gateway.ocpp16.Ocpp16Protocol;
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
 * OCPP 1.6 payloads through {@link Ocpp16Protocol}, the entry point the gateway uses: decoding a
 * CALL payload tree into its typed record, which validates it against the schema (the check every
 * station CALL passes before it is published), and encoding the record back to a tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Ocpp16CodecBenchmark {

    /** The CALL; MeterValues is 4 samples x 12 measurands (payloads/ocpp16/MeterValues.json). */
    @Param({"BootNotification", "StatusNotification", "MeterValues", "StartTransaction"})
    public String action;

    private final Ocpp16Protocol protocol = Ocpp16Protocol.INSTANCE;
    JsonNode payload;
    OcppMessage message;

    @Setup
    public void setup() {
        payload = Payloads.request("1.6", action);
        Decoded decoded = protocol.decodeRequest(action, payload);
        if (!(decoded instanceof Decoded.Valid valid)) {
            throw new IllegalStateException("payloads/ocpp16/" + action + ".json is not a valid request: " + decoded);
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
