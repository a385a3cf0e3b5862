package org.ocppconnector.gateway.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocppconnector.gateway.core.EmbeddedStation;
import org.ocppconnector.gateway.core.rpc.ParsedFrame;
import org.ocppconnector.gateway.core.rpc.RpcFrame;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.testing.NettyLeakCheck;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * Runs every benchmark method once per parameter, without JMH and without timing, and checks that
 * it measures what it claims to: the frame parsed to the expected type, the payload decoded
 * without violation, the event and the answer are the right ones. Keeps the benchmarks from
 * rotting silently when the gateway changes.
 */
@ExtendWith(NettyLeakCheck.class)
class BenchmarksTest {

    /** Every benchmark method, as JMH lists them; each is run by a test below. */
    private static final Set<String> EXERCISED = Set.of(
            "org.ocppconnector.gateway.benchmarks.RpcFrameBenchmark.parse",
            "org.ocppconnector.gateway.benchmarks.RpcFrameBenchmark.writeCallResult",
            "org.ocppconnector.gateway.benchmarks.Ocpp16CodecBenchmark.decode",
            "org.ocppconnector.gateway.benchmarks.Ocpp16CodecBenchmark.encode",
            "org.ocppconnector.gateway.benchmarks.Ocpp201CodecBenchmark.decode",
            "org.ocppconnector.gateway.benchmarks.Ocpp201CodecBenchmark.encode",
            "org.ocppconnector.gateway.benchmarks.CloudEventBenchmark.encode",
            "org.ocppconnector.gateway.benchmarks.CloudEventBenchmark.buildAndEncode",
            "org.ocppconnector.gateway.benchmarks.StationHotPathBenchmark.call");

    @Test
    void everyBenchmarkInTheJarIsExercisedHere() throws IOException {
        Set<String> listed = new TreeSet<>();
        try (InputStream in = BenchmarksTest.class.getResourceAsStream(BenchmarkList.BENCHMARK_LIST)) {
            assertTrue(in != null, "no " + BenchmarkList.BENCHMARK_LIST + ": did JMH's annotation processor run?");
            for (BenchmarkListEntry entry : BenchmarkList.readBenchmarkList(in)) {
                listed.add(entry.getUsername());
            }
        }
        assertEquals(new TreeSet<>(EXERCISED), listed);
    }

    @Test
    void framesParseToTheirTypeAndTheCallResultIsWritten() throws Exception {
        RpcFrameBenchmark benchmark = new RpcFrameBenchmark();
        for (String frame : params(RpcFrameBenchmark.Frame.class, "frame")) {
            RpcFrameBenchmark.Frame state = new RpcFrameBenchmark.Frame();
            state.frame = frame;
            state.setup();
            ParsedFrame parsed = benchmark.parse(state);
            RpcFrame rpc = assertInstanceOf(ParsedFrame.Valid.class, parsed, frame).frame();
            assertEquals(Payloads.MESSAGE_ID, rpc.messageId(), frame);
            switch (frame) {
                case "call-heartbeat" -> assertCall(rpc, "Heartbeat", 0);
                case "call-metervalues" -> assertEquals(48,
                        assertCall(rpc, "MeterValues", 3).path("meterValue").findValues("value").size());
                case "call-transactionevent" -> assertEquals(9,
                        assertCall(rpc, "TransactionEvent", 10).path("meterValue").get(0).path("sampledValue").size());
                case "callresult-status" -> assertEquals("Accepted",
                        assertInstanceOf(RpcFrame.CallResult.class, rpc).payload().path("status").asText());
                case "callresult-getconfiguration" -> assertEquals(32,
                        assertInstanceOf(RpcFrame.CallResult.class, rpc).payload().path("configurationKey").size());
                case "callerror" -> assertEquals("NotSupported",
                        assertInstanceOf(RpcFrame.CallError.class, rpc).errorCode());
                default -> throw new AssertionError("a frame without a check: " + frame);
            }
        }

        RpcFrameBenchmark.Answer answer = new RpcFrameBenchmark.Answer();
        answer.setup();
        assertEquals("[3,\"" + Payloads.MESSAGE_ID + "\",{\"currentTime\":\"2025-01-31T12:00:00.000Z\"}]",
                benchmark.writeCallResult(answer));
    }

    private static JsonNode assertCall(RpcFrame frame, String action, int fields) {
        RpcFrame.Call call = assertInstanceOf(RpcFrame.Call.class, frame);
        assertEquals(action, call.action());
        assertEquals(fields, call.payload().size(), action + " payload fields");
        return call.payload();
    }

    @Test
    void ocpp16PayloadsDecodeWithoutViolationAndEncodeBackUnchanged() throws Exception {
        for (String action : params(Ocpp16CodecBenchmark.class, "action")) {
            Ocpp16CodecBenchmark benchmark = new Ocpp16CodecBenchmark();
            benchmark.action = action;
            assertDecodesAndEncodesBack(benchmark);
        }
    }

    @Test
    void ocpp201PayloadsDecodeWithoutViolationAndEncodeBackUnchanged() throws Exception {
        for (String action : params(Ocpp201CodecBenchmark.class, "action")) {
            Ocpp201CodecBenchmark benchmark = new Ocpp201CodecBenchmark();
            benchmark.action = action;
            assertDecodesAndEncodesBack(benchmark);
        }
    }

    private static void assertDecodesAndEncodesBack(CodecBenchmark benchmark) {
        String action = benchmark.action();
        benchmark.setup();
        Decoded.Valid valid = assertInstanceOf(Decoded.Valid.class, benchmark.decode(), action);
        assertEquals(action, valid.message().action());
        assertTrue(valid.message().isRequest(), action);
        assertEquals(benchmark.payload, benchmark.encode(), action);
    }

    @Test
    void cloudEventsCarryTheStationAndTheCall() throws Exception {
        for (String call : params(CloudEventBenchmark.class, "call")) {
            CloudEventBenchmark benchmark = new CloudEventBenchmark();
            benchmark.call = call;
            benchmark.setup();
            JsonNode encoded = Payloads.MAPPER.readTree(benchmark.encode());
            JsonNode built = Payloads.MAPPER.readTree(benchmark.buildAndEncode());
            for (JsonNode event : List.of(encoded, built)) {
                assertCallEvent(event, call.substring(0, call.indexOf('-')), benchmark.action);
                assertEquals(benchmark.payload, event.path("data").path("payload"), call);
                assertEquals(benchmark.response, event.path("data").path("response"), call);
            }
            // Built anew: a new event id.
            assertNotEquals(encoded.path("id"), built.path("id"), call);
        }
    }

    @Test
    void aStationCallIsPublishedAndAnsweredThroughThePipeline() throws Exception {
        Blackhole blackhole = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        StationHotPathBenchmark benchmark = new StationHotPathBenchmark();
        for (String call : params(StationHotPathBenchmark.Station.class, "call")) {
            String version = call.substring(0, call.indexOf('-'));
            String action = call.substring(call.indexOf('-') + 1);
            StationHotPathBenchmark.Station station = new StationHotPathBenchmark.Station();
            station.call = call;
            station.setup();
            try {
                // Twice: the second CALL must fare as the first (nothing consumed the frame's bytes).
                for (int round = 0; round < 2; round++) {
                    long before = station.uplink.published();
                    benchmark.call(station, blackhole);
                    assertEquals(before + 1, station.uplink.published(), call);

                    JsonNode event = Payloads.MAPPER.readTree(station.lastRecordText());
                    assertCallEvent(event, version, action);
                    assertEquals(Payloads.request(version, action), event.path("data").path("payload"), call);

                    JsonNode answer = Payloads.MAPPER.readTree(station.answerText());
                    assertEquals(3, answer.size(), call + ": " + answer);
                    assertEquals(RpcFrame.CALL_RESULT, answer.get(0).asInt(), call + ": " + answer);
                    assertEquals(Payloads.MESSAGE_ID, answer.get(1).asText(), call);
                    // The station gets the response the event carried.
                    assertEquals(event.path("data").path("response"), answer.get(2), call);
                }
            } finally {
                station.close();
            }
        }
    }

    private static void assertCallEvent(JsonNode event, String version, String action) {
        assertEquals("ocpp.call", event.path("type").asText(), event.toString());
        assertEquals(Payloads.STATION_ID, event.path("subject").asText());
        assertEquals("/ocpp-gateway/" + EmbeddedStation.GATEWAY_ID, event.path("source").asText());
        assertEquals(version, event.path("ocppversion").asText());
        assertEquals(action, event.path("data").path("action").asText());
        assertEquals(Payloads.MESSAGE_ID, event.path("data").path("messageId").asText());
        assertEquals("local", event.path("data").path("policy").asText());
        assertTrue(event.path("data").path("response").isObject(), "a local call carries its response");
    }

    /** The values of a {@code @Param} field, as JMH will run them. */
    private static List<String> params(Class<?> state, String field) throws NoSuchFieldException {
        List<String> values = List.of(state.getField(field).getAnnotation(Param.class).value());
        assertTrue(!values.isEmpty(), state.getSimpleName() + "." + field);
        return values;
    }
}
