package org.ocppconnector.gateway.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.netty.buffer.AbstractByteBufAllocator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledHeapByteBuf;
import io.netty.channel.DefaultChannelId;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocppconnector.gateway.core.bridge.BackpressureListener;
import org.ocppconnector.gateway.core.bridge.UplinkPublisher;
import org.ocppconnector.gateway.core.event.CloudEvent;
import org.ocppconnector.gateway.core.event.CloudEventCodec;
import org.ocppconnector.gateway.core.event.EventTypes;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.core.rpc.ParsedFrame;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.rpc.RpcFrame;
import org.ocppconnector.gateway.core.rpc.RpcFrameCodec;
import org.ocppconnector.gateway.core.testing.NettyLeakCheck;

/**
 * Fuzzes the real station pipeline ({@link GatewayChannelInitializer}: WebSocket codec, fragment
 * aggregation, message rate limit, {@link StationChannelHandler}, {@link StationSession}) with
 * arbitrary WebSocket traffic after a real upgrade, on an {@link EmbeddedChannel}
 * (docs/fuzzing.md).
 *
 * <p>The input is a script, one record per line ({@code \n}); the first byte says what to send,
 * the rest is the payload, sent masked as a client must:
 * {@code T} a text frame, {@code F} a text fragment (first or continuation, not final), {@code E}
 * the final continuation, {@code G} and {@code H} a text frame and a fragment of the payload
 * repeated 64 times (to reach the frame size limit), {@code B} binary, {@code X} close, {@code P}
 * ping, {@code O} pong, {@code R} the bytes as they are (any frame header, unmasked,
 * truncated...); a line starting with anything else is a text frame of the whole line.
 *
 * <p>Invariants: no exception escapes into the pipeline (never a 1011 close); every frame the
 * gateway sends is valid UTF-8 and a well-formed CALLRESULT or CALLERROR with one of the version's
 * error codes, or a pong, or a close with an RFC 6455 code, and nothing follows the close; when the
 * connection stays open, every answerable message gets exactly one answer carrying its message id
 * (or {@code -1}); every uplink event serializes; the connection is reported connected and
 * disconnected once each, never with 1011; no buffer is left unreleased.
 */
@ExtendWith(NettyLeakCheck.class)
class StationPipelineFuzzTest {

    private static final int MAX_FRAME_BYTES = 1024;
    private static final int MAX_RECORDS = 64;
    /** How often {@code G} and {@code H} repeat their payload, so short inputs reach the frame limit. */
    private static final int REPEAT = 64;
    private static final Duration BACKEND_REPLY_TIMEOUT = Duration.ofSeconds(10);
    private static final byte[] MASK = {0x37, (byte) 0xfa, 0x21, 0x3d};
    private static final String UPGRADE = "GET /ocpp/CP-FUZZ HTTP/1.1\r\n"
            + "Host: 127.0.0.1\r\n"
            + "Upgrade: websocket\r\n"
            + "Connection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            + "Sec-WebSocket-Version: 13\r\n"
            + "Sec-WebSocket-Protocol: " + TestProtocol.SUBPROTOCOL + "\r\n\r\n";

    private static final TestProtocol PROTOCOL = new TestProtocol();
    private static final ObjectMapper MAPPER = OcppJson.newMapper();
    private static final RpcFrameCodec CODEC = new RpcFrameCodec(MAPPER, PROTOCOL.maxMessageIdLength());
    private static final Set<String> ERROR_CODES = Arrays.stream(RpcErrorCode.values())
            .map(PROTOCOL::errorCode).collect(Collectors.toSet());
    /** What the gateway closes with of its own accord (RFC 6455 §7.4.1); never 1011, an escaped exception. */
    private static final Set<Integer> OWN_CLOSE_CODES = Set.of(1000, 1001, 1002, 1003, 1007, 1008, 1009);

    private static final RecordingUplink UPLINK = new RecordingUplink();
    private static final GatewayChannelInitializer INITIALIZER = newInitializer();

    @FuzzTest
    void station(byte[] input) throws Exception {
        new Connection(input).run();
    }

    private static GatewayChannelInitializer newInitializer() {
        GatewayConfig config = GatewayConfig.builder()
                .gatewayId("gw-fuzz")
                .maxFrameBytes(MAX_FRAME_BYTES)
                .backendReplyTimeout(BACKEND_REPLY_TIMEOUT)
                .build();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
        GatewayMetrics metrics = new GatewayMetrics(new CompositeMeterRegistry(), List.of(PROTOCOL));
        SessionRegistry registry = new SessionRegistry(16);
        SessionContext ctx = new SessionContext(config, MAPPER, UPLINK, new UplinkEvents(config.gatewayId(), clock),
                clock, registry, new CommandRouter(config, registry, clock), metrics);
        UpgradeHandler upgrade = new UpgradeHandler(config, List.of(PROTOCOL), metrics);
        return new GatewayChannelInitializer(ctx, upgrade, new ReadGate(registry, metrics));
    }

    /** One station connection driven by one input. */
    private static final class Connection {

        private final byte[] input;
        private final TrackingAllocator allocator = new TrackingAllocator();
        private final EmbeddedChannel channel;
        /** Whole text messages sent, as the gateway receives them; only known without raw records. */
        private final List<byte[]> messages = new ArrayList<>();
        private final Set<Integer> stationCloseCodes = new HashSet<>();
        private final ByteArrayOutputStream fragments = new ByteArrayOutputStream();
        private boolean fragmenting;
        private boolean raw;

        Connection(byte[] input) throws Exception {
            this.input = input;
            this.channel = new EmbeddedChannel(DefaultChannelId.newInstance(), false, false, INITIALIZER);
            channel.config().setAllocator(allocator);
            channel.register();
            // Time moves only when the harness says so: the backend reply timeout, nothing else.
            channel.freezeTime();
        }

        void run() throws Exception {
            UPLINK.reset();
            List<WebSocketFrame> sent = new ArrayList<>();
            try {
                upgrade();
                int records = 0;
                int start = 0;
                while (start <= input.length && records < MAX_RECORDS && channel.isOpen()) {
                    int end = indexOf(input, (byte) '\n', start);
                    send(Arrays.copyOfRange(input, start, end));
                    records++;
                    start = end + 1;
                }
                // Lets backend calls time out, so each of them is answered too (InternalError).
                channel.advanceTimeBy(BACKEND_REPLY_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
                channel.runScheduledPendingTasks();
                settle();
                boolean open = channel.isOpen();
                sent.addAll(decodeOutbound());
                check(sent, open);
                assertTrue(channel.inboundMessages().isEmpty(), () -> "left unhandled at the pipeline's end: "
                        + channel.inboundMessages());
            } finally {
                // Idempotent; releases whatever a failed check left behind.
                channel.finishAndReleaseAll();
                sent.forEach(ReferenceCountUtil::release);
            }
            List<String> leaks = allocator.unreleased();
            assertTrue(leaks.isEmpty(), () -> leaks.size() + " buffer(s) never released: " + leaks);
            assertTrue(UPLINK.failures.isEmpty(), () -> "uplink events that do not serialize: " + UPLINK.failures);
            checkLifecycleEvents();
        }

        /** One connected and one disconnected event, the latter with a close code that is not ours for an error. */
        private void checkLifecycleEvents() {
            List<CloudEvent> connected = UPLINK.events(EventTypes.STATION_CONNECTED);
            List<CloudEvent> disconnected = UPLINK.events(EventTypes.STATION_DISCONNECTED);
            assertEquals(1, connected.size(), "connected events");
            assertEquals(1, disconnected.size(), "disconnected events");
            int code = disconnected.get(0).data().get("closeCode").asInt();
            String reason = disconnected.get(0).data().get("reason").asText();
            assertNotEquals("internal error", reason, "an exception escaped: " + code + " " + reason);
            assertTrue(code != 1011 || stationCloseCodes.contains(code), () -> "disconnected with " + code);
        }

        private void upgrade() {
            ByteBuf request = allocator.buffer();
            request.writeCharSequence(UPGRADE, StandardCharsets.US_ASCII);
            channel.writeInbound(request);
            settle();
            ByteBuf response = channel.readOutbound();
            try {
                assertTrue(response.toString(StandardCharsets.US_ASCII).startsWith("HTTP/1.1 101 "),
                        () -> response.toString(StandardCharsets.US_ASCII));
            } finally {
                response.release();
            }
        }

        private void send(byte[] record) {
            if (record.length == 0) {
                return;
            }
            byte[] rest = Arrays.copyOfRange(record, 1, record.length);
            switch (record[0]) {
                case 'T' -> text(rest);
                case 'F' -> {
                    write(fragmenting ? 0x0 : 0x1, false, rest);
                    fragmenting = true;
                    fragments.writeBytes(rest);
                }
                case 'E' -> {
                    write(0x0, true, rest);
                    if (fragmenting) {
                        fragments.writeBytes(rest);
                        messages.add(fragments.toByteArray());
                        fragments.reset();
                        fragmenting = false;
                    }
                }
                case 'G' -> text(repeat(rest));
                case 'H' -> {
                    byte[] big = repeat(rest);
                    write(fragmenting ? 0x0 : 0x1, false, big);
                    fragmenting = true;
                    fragments.writeBytes(big);
                }
                case 'B' -> write(0x2, true, rest);
                case 'X' -> {
                    if (rest.length >= 2) {
                        stationCloseCodes.add(((rest[0] & 0xff) << 8) | (rest[1] & 0xff));
                    }
                    write(0x8, true, rest);
                }
                case 'P' -> write(0x9, true, rest);
                case 'O' -> write(0xA, true, rest);
                case 'R' -> {
                    raw = true;
                    ByteBuf bytes = allocator.buffer(rest.length);
                    bytes.writeBytes(rest);
                    channel.writeInbound(bytes);
                }
                default -> text(record);
            }
            settle();
        }

        private void text(byte[] payload) {
            write(0x1, true, payload);
            messages.add(payload);
        }

        /** One masked client frame (RFC 6455 §5.2). */
        private void write(int opcode, boolean fin, byte[] payload) {
            ByteBuf frame = allocator.buffer(payload.length + 14);
            frame.writeByte((fin ? 0x80 : 0) | opcode);
            if (payload.length < 126) {
                frame.writeByte(0x80 | payload.length);
            } else if (payload.length <= 0xffff) {
                frame.writeByte(0x80 | 126).writeShort(payload.length);
            } else {
                frame.writeByte(0x80 | 127).writeLong(payload.length);
            }
            frame.writeBytes(MASK);
            for (int i = 0; i < payload.length; i++) {
                frame.writeByte(payload[i] ^ MASK[i % 4]);
            }
            channel.writeInbound(frame);
        }

        /** Runs what the read queued (the upgrade's authentication), then acknowledges the uplink. */
        private void settle() {
            channel.runPendingTasks();
            UPLINK.acknowledgeAll();
            channel.runPendingTasks();
        }

        /** The gateway's frames, decoded as a client decodes them. */
        private List<WebSocketFrame> decodeOutbound() {
            EmbeddedChannel client = new EmbeddedChannel(new WebSocket13FrameDecoder(WebSocketDecoderConfig.newBuilder()
                    .expectMaskedFrames(false).maxFramePayloadLength(1 << 20).allowExtensions(false)
                    .withUTF8Validator(false).build()));
            List<WebSocketFrame> frames = new ArrayList<>();
            try {
                for (Object out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
                    client.writeInbound(out);
                }
                for (Object in = client.readInbound(); in != null; in = client.readInbound()) {
                    frames.add((WebSocketFrame) in);
                }
                assertFalse(client.finishAndReleaseAll(), "a truncated frame from the gateway");
            } catch (RuntimeException | AssertionError e) {
                frames.forEach(ReferenceCountUtil::release);
                throw e;
            }
            return frames;
        }

        private void check(List<WebSocketFrame> frames, boolean open) {
            List<String> answerIds = new ArrayList<>();
            boolean closed = false;
            for (WebSocketFrame frame : frames) {
                assertFalse(closed, "a frame after the close frame: " + frame);
                switch (frame) {
                    case TextWebSocketFrame text -> answerIds.add(checkAnswer(text));
                    case CloseWebSocketFrame close -> {
                        closed = true;
                        assertNotEquals("internal error", close.reasonText(), "an exception escaped: 1011");
                        int code = close.statusCode();
                        assertTrue(OWN_CLOSE_CODES.contains(code) || stationCloseCodes.contains(code) || raw,
                                () -> "close code " + code + " " + close.reasonText());
                    }
                    case PongWebSocketFrame pong -> { }
                    default -> fail("unexpected frame from the gateway: " + frame);
                }
            }
            if (raw) {
                return;
            }
            Map<String, Integer> expected = new HashMap<>();
            for (byte[] message : messages) {
                String id = answerableId(new String(message, StandardCharsets.UTF_8));
                if (id != null) {
                    expected.merge(id, 1, Integer::sum);
                }
            }
            Map<String, Integer> answered = new HashMap<>();
            answerIds.forEach(id -> answered.merge(id, 1, Integer::sum));
            for (String id : answered.keySet()) {
                assertTrue(expected.containsKey(id), () -> "an answer with id " + id + " the station never sent");
            }
            if (open) {
                // Nothing closed the connection, so every message arrived and deserves its answer.
                assertEquals(expected, answered, "answers by message id");
            }
        }

        /** Checks one text frame the gateway sent and returns its message id. */
        private static String checkAnswer(TextWebSocketFrame text) {
            String content;
            try {
                content = StandardCharsets.UTF_8.newDecoder().decode(text.content().nioBuffer()).toString();
            } catch (CharacterCodingException e) {
                throw new AssertionError("the gateway sent a text frame that is not UTF-8", e);
            }
            ParsedFrame parsed = CODEC.parse(content);
            RpcFrame frame = assertInstanceOf(ParsedFrame.Valid.class, parsed, () -> content + " -> " + parsed).frame();
            switch (frame) {
                case RpcFrame.CallError error -> assertTrue(ERROR_CODES.contains(error.errorCode()), content);
                case RpcFrame.CallResult result -> { }
                case RpcFrame.Call call -> fail("the gateway sent a CALL without a command: " + content);
            }
            return frame.messageId();
        }

        /** The id the gateway must answer a message with, or null if it must not answer. */
        private static String answerableId(String text) {
            return switch (CODEC.parse(text)) {
                case ParsedFrame.Valid valid -> valid.frame() instanceof RpcFrame.Call call ? call.messageId() : null;
                case ParsedFrame.Malformed malformed -> malformed.answerable() ? malformed.messageId() : null;
            };
        }

        /** The payload {@link #REPEAT} times: large messages from short inputs. */
        private static byte[] repeat(byte[] payload) {
            byte[] big = new byte[payload.length * REPEAT];
            for (int i = 0; i < REPEAT; i++) {
                System.arraycopy(payload, 0, big, i * payload.length, payload.length);
            }
            return big;
        }

        private static int indexOf(byte[] bytes, byte b, int from) {
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] == b) {
                    return i;
                }
            }
            return bytes.length;
        }
    }

    /**
     * Keeps every event's future until the harness acknowledges, like a stream that is always
     * available, and checks each event serializes as the real bridges write it.
     */
    private static final class RecordingUplink implements UplinkPublisher {

        private static final CloudEventCodec EVENTS = new CloudEventCodec(MAPPER);

        private final List<CompletableFuture<Void>> pending = new ArrayList<>();
        private final List<CloudEvent> events = new ArrayList<>();
        final List<String> failures = new ArrayList<>();

        void reset() {
            pending.clear();
            events.clear();
            failures.clear();
        }

        List<CloudEvent> events(String type) {
            return events.stream().filter(e -> e.type().equals(type)).toList();
        }

        @Override
        public CompletableFuture<Void> publish(CloudEvent event) {
            try {
                // Compared as text: a long 0 comes back as an int 0, equal on the wire.
                byte[] bytes = EVENTS.toBytes(event);
                if (!Arrays.equals(bytes, EVENTS.toBytes(EVENTS.fromBytes(bytes)))) {
                    failures.add(event.type() + ": changed in serialization: " + event.data());
                }
            } catch (RuntimeException e) {
                failures.add(event.type() + ": " + e);
            }
            events.add(event);
            CompletableFuture<Void> future = new CompletableFuture<>();
            pending.add(future);
            return future;
        }

        void acknowledgeAll() {
            // Completing one may publish another (a rejected frame's event): loop until quiet.
            while (!pending.isEmpty()) {
                List<CompletableFuture<Void>> now = new ArrayList<>(pending);
                pending.clear();
                now.forEach(f -> f.complete(null));
            }
        }

        @Override
        public void setBackpressureListener(BackpressureListener listener) {}

        @Override
        public void close(Duration timeout) {}
    }

    /** Hands out unpooled heap buffers and remembers them, so a buffer left unreleased is found per input. */
    private static final class TrackingAllocator extends AbstractByteBufAllocator {

        private final List<ByteBuf> allocated = new ArrayList<>();

        TrackingAllocator() {
            super(false);
        }

        @Override
        protected ByteBuf newHeapBuffer(int initialCapacity, int maxCapacity) {
            ByteBuf buffer = new UnpooledHeapByteBuf(this, initialCapacity, maxCapacity);
            allocated.add(buffer);
            return buffer;
        }

        @Override
        protected ByteBuf newDirectBuffer(int initialCapacity, int maxCapacity) {
            // The embedded channel needs no direct memory; heap keeps every buffer tracked alike.
            return newHeapBuffer(initialCapacity, maxCapacity);
        }

        @Override
        public boolean isDirectBufferPooled() {
            return false;
        }

        List<String> unreleased() {
            return allocated.stream().filter(b -> b.refCnt() > 0)
                    .map(b -> b.capacity() + " bytes, refCnt " + b.refCnt()).toList();
        }
    }
}
