package org.ocppconnector.gateway.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.OcppMessage;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CALL payloads through a version's {@link OcppProtocol}, the entry point the gateway uses:
 * decoding a payload tree into its typed record, which validates it against the schema (the check
 * every station CALL passes before it is published), and encoding the record back to a tree. JMH
 * generates the benchmarks for each concrete subclass, which names the version and its actions.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public abstract class CodecBenchmark {

    JsonNode payload;
    OcppMessage message;

    abstract OcppProtocol protocol();

    /** The CALL's action, a {@code @Param} of the subclass. */
    abstract String action();

    @Setup
    public void setup() {
        payload = Payloads.request(protocol().version(), action());
        Decoded decoded = protocol().decodeRequest(action(), payload);
        if (!(decoded instanceof Decoded.Valid valid)) {
            throw new IllegalStateException(protocol().version() + " " + action() + " payload is not a valid request: "
                    + decoded);
        }
        message = valid.message();
    }

    /** Decodes and validates a CALL payload. */
    @Benchmark
    public Decoded decode() {
        return protocol().decodeRequest(action(), payload);
    }

    /** Encodes the typed request back to JSON. */
    @Benchmark
    public JsonNode encode() {
        return protocol().encode(message);
    }
}
