package org.ocppconnector.gateway.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import org.ocppconnector.gateway.core.rpc.ParsedFrame;
import org.ocppconnector.gateway.core.rpc.RpcFrame;
import org.ocppconnector.gateway.core.rpc.RpcFrameCodec;
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
 * OCPP-J frame parsing and writing ({@link RpcFrameCodec}, OCPP-J 1.6 §4, OCPP 2.0.1 part 4 §4):
 * the first thing done to every message a station sends, and the last to every answer.
 * Parsing covers the frame and the payload's JSON tree, not the payload's schema (see the codec
 * benchmarks).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RpcFrameBenchmark {

    /** A frame as one WebSocket text message. */
    @State(Scope.Benchmark)
    public static class Frame {
        /**
         * {@code call-heartbeat}: the smallest CALL (1.6); {@code call-metervalues}: a 1.6
         * MeterValues of 4 samples x 12 measurands (6 KB); {@code call-transactionevent}: a 2.0.1
         * TransactionEvent Updated with 9 sampled values (1.5 KB); {@code callresult-status}: a
         * command's {@code {"status":"Accepted"}}; {@code callresult-getconfiguration}: a 1.6
         * GetConfiguration answer with 32 keys (2.3 KB); {@code callerror}: a station refusing a
         * command.
         */
        @Param({"call-heartbeat", "call-metervalues", "call-transactionevent", "callresult-status",
                "callresult-getconfiguration", "callerror"})
        public String frame;

        RpcFrameCodec codec;
        String text;

        @Setup
        public void setup() {
            codec = new RpcFrameCodec(Payloads.MAPPER, 36);
            text = switch (frame) {
                case "call-heartbeat" -> Payloads.call("Heartbeat", Payloads.text("1.6", "Heartbeat.json"));
                case "call-metervalues" -> Payloads.call("MeterValues", Payloads.text("1.6", "MeterValues.json"));
                case "call-transactionevent" ->
                        Payloads.call("TransactionEvent", Payloads.text("2.0.1", "TransactionEvent.json"));
                case "callresult-status" ->
                        Payloads.callResult(Payloads.text("1.6", "RemoteStartTransaction.conf.json"));
                case "callresult-getconfiguration" ->
                        Payloads.callResult(Payloads.text("1.6", "GetConfiguration.conf.json"));
                case "callerror" -> "[4,\"" + Payloads.MESSAGE_ID + "\",\"NotSupported\","
                        + "\"Requested Action is recognized but not supported by the receiver\",{}]";
                default -> throw new IllegalArgumentException("frame: " + frame);
            };
        }
    }

    /** The CALLRESULT the gateway writes for a Heartbeat (OCPP 1.6 §6.31). */
    @State(Scope.Benchmark)
    public static class Answer {
        RpcFrameCodec codec;
        RpcFrame.CallResult result;

        @Setup
        public void setup() {
            codec = new RpcFrameCodec(Payloads.MAPPER, 36);
            JsonNode payload = Payloads.tree("{\"currentTime\":\"2025-01-31T12:00:00.000Z\"}");
            result = new RpcFrame.CallResult(Payloads.MESSAGE_ID, payload);
        }
    }

    /** Parses one frame: structure, message id, action, payload tree. */
    @Benchmark
    public ParsedFrame parse(Frame state) {
        return state.codec.parse(state.text);
    }

    /** Writes one CALLRESULT as the text of a WebSocket message. */
    @Benchmark
    public String writeCallResult(Answer state) {
        return state.codec.write(state.result);
    }
}
