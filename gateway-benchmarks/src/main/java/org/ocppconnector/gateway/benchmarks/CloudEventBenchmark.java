package org.ocppconnector.gateway.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.ocppconnector.gateway.core.CallEvents;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.CloudEventCodec;
import org.ocppconnector.gateway.core.spi.LocalResponseContext;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.core.spi.ResponsePolicy;
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
 * The {@code ocpp.call} event every station CALL becomes (docs/events.md): built as the session
 * builds it and serialized with {@link CloudEventCodec#toBytes}, which the Kinesis publisher does
 * on the event loop for every record before buffering it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CloudEventBenchmark {

    /** The CALL the event carries, with its default local response. */
    @Param({"1.6-Heartbeat", "1.6-MeterValues", "2.0.1-TransactionEvent"})
    public String call;

    CloudEventCodec codec;
    CallEvents events;
    String action;
    JsonNode payload;
    JsonNode response;
    CloudEvent event;

    @Setup
    public void setup() {
        int dash = call.indexOf('-');
        String version = call.substring(0, dash);
        action = call.substring(dash + 1);
        OcppProtocol protocol = Payloads.protocol(version);
        codec = new CloudEventCodec(Payloads.MAPPER);
        events = new CallEvents(protocol, Payloads.STATION_ID, Clock.systemUTC());
        payload = Payloads.request(version, action);
        response = protocol.defaultLocalResponse(action, payload, new LocalResponseContext(Instant.now(), 300));
        event = events.call(Payloads.MESSAGE_ID, action, payload, ResponsePolicy.LOCAL.wireName(), response);
    }

    /** Serializes a built event to the record's bytes. */
    @Benchmark
    public byte[] encode() {
        return codec.toBytes(event);
    }

    /** Builds the event of a CALL (ids, time, data object) and serializes it: the work per CALL. */
    @Benchmark
    public byte[] buildAndEncode() {
        return codec.toBytes(events.call(Payloads.MESSAGE_ID, action, payload, ResponsePolicy.LOCAL.wireName(),
                response));
    }
}
