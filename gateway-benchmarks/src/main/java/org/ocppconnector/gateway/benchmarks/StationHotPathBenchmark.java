package org.ocppconnector.gateway.benchmarks;

import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ocppconnector.gateway.core.EmbeddedStation;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.ocpp16.Ocpp16Protocol;
import org.ocppconnector.gateway.ocpp201.Ocpp201Protocol;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One station CALL through the whole station pipeline, socket aside: the masked WebSocket frame's
 * bytes go in, the gateway decodes the frame, checks the message rate, parses the OCPP-J frame,
 * validates the payload, builds the {@code ocpp.call} event with its local response and publishes
 * it (serialized to the record's bytes, as the Kinesis publisher does on the event loop); the
 * uplink acknowledges, and the CALLRESULT's WebSocket frame bytes come out. Meters go to a
 * Prometheus registry and logging through logback, as in the gateway.
 *
 * <p>Not measured: the kernel, TLS, the hop of the acknowledgement from the publisher's thread
 * back to the event loop, and the publisher's batching and PutRecords calls.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// The deepest call tree of the suite: on 2 busy cores C2 needed up to 10 s before the time settled.
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StationHotPathBenchmark {

    /** A connected station and the CALL it sends, again and again with the same message id. */
    @State(Scope.Thread)
    public static class Station {
        /**
         * {@code 1.6-Heartbeat}: the smallest CALL; {@code 1.6-MeterValues}: 4 samples x 12
         * measurands (6 KB); {@code 2.0.1-TransactionEvent}: an Updated with 9 sampled values.
         * All three are answered locally by default.
         */
        @Param({"1.6-Heartbeat", "1.6-MeterValues", "2.0.1-TransactionEvent"})
        public String call;

        MemoryUplink uplink;
        PrometheusMeterRegistry meters;
        EmbeddedStation station;
        /** The CALL as the station's masked WebSocket text frame (RFC 6455 §5.3: clients mask). */
        byte[] frame;
        /** The gateway's answer to the last CALL, released before the next one. */
        final List<ByteBuf> answer = new ArrayList<>(4);

        @Setup(Level.Trial)
        public void setup() {
            int dash = call.indexOf('-');
            String version = call.substring(0, dash);
            String action = call.substring(dash + 1);
            OcppProtocol protocol = Payloads.protocol(version);
            uplink = new MemoryUplink();
            meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            // As the gateway's Main: the untagged total would collide with the tagged gauge in Prometheus.
            meters.config().meterFilter(MeterFilter.deny(id -> id.getName().equals("ocpp.stations.connected.total")));
            station = EmbeddedStation.connect(protocol, List.of(Ocpp16Protocol.INSTANCE, Ocpp201Protocol.INSTANCE),
                    uplink, meters, Payloads.STATION_ID);
            if (uplink.acknowledgeAll() != 1) {
                throw new IllegalStateException("expected the ocpp.station.connected event");
            }
            frame = maskedTextFrame(Payloads.call(action, Payloads.text(version, action + ".json")));
        }

        /**
         * Sends the CALL, acknowledges its event and collects the answer; returns the answer's
         * size in bytes.
         *
         * @throws IllegalStateException if the CALL was not published exactly once or not answered
         */
        int exchange() {
            releaseAnswer();
            EmbeddedChannel channel = station.channel();
            // What the NIO read loop does with the bytes of one socket read.
            ByteBuf read = channel.alloc().buffer(frame.length).writeBytes(frame);
            ChannelPipeline pipeline = channel.pipeline();
            pipeline.fireChannelRead(read);
            pipeline.fireChannelReadComplete();
            channel.runPendingTasks();
            channel.checkException();
            if (uplink.acknowledgeAll() != 1) {
                throw new IllegalStateException("the CALL was not published exactly once");
            }
            int bytes = 0;
            for (ByteBuf out; (out = channel.readOutbound()) != null; ) {
                bytes += out.readableBytes();
                answer.add(out);
            }
            if (bytes == 0) {
                throw new IllegalStateException("the CALL was not answered");
            }
            return bytes;
        }

        /** The text of the last answer, decoded as the station would (for tests). */
        String answerText() {
            EmbeddedChannel client = new EmbeddedChannel(new WebSocket13FrameDecoder(false, false, 1 << 20));
            try {
                for (ByteBuf part : answer) {
                    client.writeInbound(part.retainedDuplicate());
                }
                TextWebSocketFrame text = client.readInbound();
                if (text == null) {
                    throw new IllegalStateException("the answer is not a complete WebSocket frame");
                }
                try {
                    return text.text();
                } finally {
                    text.release();
                }
            } finally {
                client.finishAndReleaseAll();
            }
        }

        /** The last uplink record as text (for tests). */
        String lastRecordText() {
            byte[] record = uplink.lastRecord();
            return record == null ? "" : new String(record, StandardCharsets.UTF_8);
        }

        private void releaseAnswer() {
            for (ByteBuf part : answer) {
                part.release();
            }
            answer.clear();
        }

        @TearDown(Level.Trial)
        public void close() {
            releaseAnswer();
            station.close();
            uplink.close();
            meters.close();
        }

        private static byte[] maskedTextFrame(String text) {
            EmbeddedChannel client = new EmbeddedChannel(new WebSocket13FrameEncoder(true));
            ByteBuf all = Unpooled.buffer();
            try {
                client.writeOutbound(new TextWebSocketFrame(text));
                for (ByteBuf part; (part = client.readOutbound()) != null; ) {
                    all.writeBytes(part);
                    part.release();
                }
                return ByteBufUtil.getBytes(all);
            } finally {
                all.release();
                client.finishAndReleaseAll();
            }
        }
    }

    /** One CALL in, its event published and acknowledged, its CALLRESULT out. */
    @Benchmark
    public void call(Station station, Blackhole blackhole) {
        blackhole.consume(station.exchange());
    }
}
