package org.ocppconnector.gateway.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One simulated charging station. All its state lives on one event loop, across reconnects, so
 * it needs no locks: the run talks to it by submitting tasks to {@link #loop()}.
 *
 * <p>Life of a connection: TCP connect (from its source address), TLS, WebSocket upgrade offering
 * its one subprotocol (with Basic auth if configured), BootNotification, then the CALLs of its
 * {@link CallSchedule}, one in flight at a time (OCPP-J 1.6 §4.1.1: a station sends no CALL while
 * one is unanswered). Pings are answered; commands from the gateway are answered with
 * {@code {"status": "Accepted"}}.
 */
final class SimulatedStation {

    private static final Logger logger = LoggerFactory.getLogger(SimulatedStation.class);
    private static final int MAX_FRAME_BYTES = 65536;
    private static final long CLOSE_HANDSHAKE_SECONDS = 3;

    /** Told when a command's CALL reaches a station. */
    interface CommandListener {
        void onCommandCall(String stationId, JsonNode payload, long receivedNanos);
    }

    private enum State { IDLE, CONNECTING, BOOTING, READY }

    private enum InFlight { NONE, BOOT, CALL }

    private final int index;
    private final String id;
    private final OcppVersion version;
    private final StationClient client;
    private final Stats stats;
    private final CommandListener commands;
    private final EventLoop loop;
    private final SplittableRandom random;
    private final @Nullable String authorization;

    // Loop-confined state.
    private State state = State.IDLE;
    private @Nullable Channel channel;
    /** Whether the tool wants this station connected: a close while true is unexpected. */
    private boolean wanted;
    private int attempt;
    private long connectStartNanos;
    private @Nullable ScheduledFuture<?> connectDeadline;
    private @Nullable String failure;
    private int closeCode = -1;
    private boolean closeSent;
    private CompletableFuture<Boolean> booted = new CompletableFuture<>();
    private long messageCounter;
    private long sequence;
    private InFlight inFlight = InFlight.NONE;
    private @Nullable String inFlightId;
    private long inFlightSentNanos;
    private long inFlightDueNanos;
    private @Nullable CallSchedule schedule;
    private long measureFromNanos;
    private long nextCall;
    private @Nullable ScheduledFuture<?> sendTimer;

    SimulatedStation(int index, StationClient client, Stats stats, CommandListener commands) {
        this.index = index;
        this.client = client;
        this.stats = stats;
        this.commands = commands;
        LoadOptions options = client.options();
        this.id = options.stationId(index);
        this.version = OcppVersion.ofStation(index, options.ocpp201Fraction());
        this.loop = client.loopOf(index);
        this.random = new SplittableRandom(0x5eed_0000L + options.idOffset() + index);
        String password = options.password();
        this.authorization = password == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((id + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    int index() {
        return index;
    }

    String id() {
        return id;
    }

    OcppVersion version() {
        return version;
    }

    EventLoop loop() {
        return loop;
    }

    /**
     * Connects and boots, retrying failed attempts as configured. The future completes with true
     * once booted, false once given up; it is completed on the station's loop.
     */
    CompletableFuture<Boolean> connect() {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        loop.execute(() -> {
            booted = result;
            wanted = true;
            attempt = 0;
            startAttempt();
        });
        return result;
    }

    /**
     * Drops the connection: a TCP reset ({@code abrupt}) or a WebSocket close 1001. The future
     * completes once the channel is closed.
     */
    CompletableFuture<Void> drop(boolean abrupt) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.execute(() -> {
            wanted = false;
            stopCalls();
            Channel ch = channel;
            if (ch == null || !ch.isOpen()) {
                done.complete(null);
                return;
            }
            ch.closeFuture().addListener(f -> done.complete(null));
            if (abrupt) {
                // SO_LINGER 0: close sends RST, as when a network path dies or the station reboots.
                ch.config().setOption(ChannelOption.SO_LINGER, 0);
                ch.close();
            } else {
                closeCleanly(ch, new WebSocketCloseStatus(1001, "storm"));
            }
        });
        return done;
    }

    /** Closes with WebSocket close 1000 at the end of a run. */
    CompletableFuture<Void> shutdown() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.execute(() -> {
            wanted = false;
            stopCalls();
            if (connectDeadline != null) {
                connectDeadline.cancel(false);
            }
            Channel ch = channel;
            if (ch == null || !ch.isOpen()) {
                done.complete(null);
                return;
            }
            ch.closeFuture().addListener(f -> done.complete(null));
            if (state == State.BOOTING || state == State.READY) {
                closeCleanly(ch, new WebSocketCloseStatus(1000, "load test done"));
            } else {
                failure = "still connecting at the end of the run";
                ch.close();
            }
        });
        return done;
    }

    /** Starts sending the message mix on {@code schedule}; calls due before {@code measureFromNanos} are not measured. */
    void startCalls(CallSchedule schedule, long measureFromNanos) {
        loop.execute(() -> {
            this.schedule = schedule;
            this.measureFromNanos = measureFromNanos;
            this.nextCall = 0;
            scheduleNextCall();
        });
    }

    /**
     * Stops the message mix; counts calls that were due within the run but never sent.
     * The future completes with the number of calls still in flight.
     */
    CompletableFuture<Integer> finishCalls() {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        loop.execute(() -> {
            CallSchedule s = schedule;
            if (s != null) {
                long unsent = s.total() - nextCall;
                if (unsent > 0) {
                    stats.callsUnsent.add(unsent);
                }
            }
            stopCalls();
            done.complete(inFlight == InFlight.CALL ? 1 : 0);
        });
        return done;
    }

    /** Whether a CALL is in flight; read on the loop. */
    CompletableFuture<Boolean> callInFlight() {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        loop.execute(() -> done.complete(inFlight == InFlight.CALL));
        return done;
    }

    /** Called on the loop by the run's sweeper: times out an unanswered BootNotification or CALL. */
    void checkTimeout(long nowNanos, long timeoutNanos) {
        if (inFlight == InFlight.NONE || nowNanos - inFlightSentNanos < timeoutNanos) {
            return;
        }
        InFlight kind = inFlight;
        clearInFlight();
        if (kind == InFlight.BOOT) {
            stats.error(ErrorKind.TIMEOUTS, "BootNotification");
            giveUp();
        } else {
            stats.error(ErrorKind.TIMEOUTS, "call");
            scheduleNextCall();
        }
    }

    // ---- connecting ----

    private void startAttempt() {
        attempt++;
        state = State.CONNECTING;
        failure = null;
        closeCode = -1;
        closeSent = false;
        stats.connectAttempts.increment();
        connectStartNanos = System.nanoTime();
        InetSocketAddress local = client.localAddress(index);
        ChannelFuture future = client.bootstrap(loop)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ChannelPipeline p = ch.pipeline();
                        SslContext ssl = client.ssl();
                        if (ssl != null) {
                            SslHandler tls = ssl.newHandler(ch.alloc(), client.options().url().getHost(),
                                    client.remote().getPort());
                            if (!client.options().tlsTrustAll()) {
                                // The certificate must name the host of --url, as a station checks it.
                                SSLParameters parameters = tls.engine().getSSLParameters();
                                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                                tls.engine().setSSLParameters(parameters);
                            }
                            p.addLast("tls", tls);
                        }
                        p.addLast("http", new HttpClientCodec());
                        p.addLast("http-aggregator", new HttpObjectAggregator(8192));
                        p.addLast("station", new Handler(ch));
                    }
                })
                .connect(client.remote(), local);
        Channel ch = future.channel();
        channel = ch;
        long timeoutNanos = client.options().connectTimeout().toNanos();
        connectDeadline = loop.schedule(() -> {
            if (channel == ch && state == State.CONNECTING) {
                failure = "timeout";
                ch.close();
            }
        }, timeoutNanos, TimeUnit.NANOSECONDS);
        future.addListener((ChannelFutureListener) f -> {
            if (!f.isSuccess()) {
                connectFailed(failure != null ? failure : describe(f.cause()));
            }
        });
    }

    /** A failed attempt: counted, then retried or given up. */
    private void connectFailed(String detail) {
        if (connectDeadline != null) {
            connectDeadline.cancel(false);
        }
        state = State.IDLE;
        stats.error(ErrorKind.CONNECT_FAILURES, detail);
        if (wanted && attempt <= client.options().retries()) {
            long delay = client.options().retryDelay().toNanos();
            long jitter = delay > 0 ? ThreadLocalRandom.current().nextLong(delay) : 0;
            loop.schedule(() -> {
                if (wanted && state == State.IDLE) {
                    startAttempt();
                } else {
                    // Shut down while waiting to retry.
                    booted.complete(false);
                }
            }, delay + jitter, TimeUnit.NANOSECONDS);
        } else {
            booted.complete(false);
        }
    }

    private void giveUp() {
        wanted = false;
        booted.complete(false);
        Channel ch = channel;
        if (ch != null) {
            ch.close();
        }
    }

    private void opened(Channel ch) {
        if (connectDeadline != null) {
            connectDeadline.cancel(false);
        }
        Stats.record(stats.connect, System.nanoTime() - connectStartNanos);
        stats.connected.increment();
        state = State.BOOTING;
        String messageId = nextMessageId();
        inFlight = InFlight.BOOT;
        inFlightId = messageId;
        inFlightSentNanos = System.nanoTime();
        ch.writeAndFlush(new TextWebSocketFrame(Frames.boot(ch.alloc(), messageId, version)));
    }

    private void closedChannel(Channel ch) {
        if (channel != ch) {
            return;
        }
        State was = state;
        state = State.IDLE;
        channel = null;
        boolean callWasInFlight = inFlight == InFlight.CALL;
        clearInFlight();
        if (sendTimer != null) {
            sendTimer.cancel(false);
            sendTimer = null;
        }
        if (was == State.CONNECTING) {
            connectFailed(failure != null ? failure : "closed before the upgrade");
        } else if (wanted) {
            stats.error(ErrorKind.UNEXPECTED_CLOSES, closeCode >= 0 ? "close " + closeCode : "no close frame");
            if (callWasInFlight) {
                stats.error(ErrorKind.TIMEOUTS, "connection closed with a call in flight");
            }
            if (was == State.BOOTING) {
                booted.complete(false);
            }
            wanted = false;
        }
    }

    // ---- OCPP ----

    private void onIncoming(Channel ch, Frames.Incoming incoming) {
        long now = System.nanoTime();
        switch (incoming) {
            case Frames.Incoming.Call call -> {
                if (call.action().equals("DataTransfer")) {
                    commands.onCommandCall(id, call.payload(), now);
                }
                ch.writeAndFlush(new TextWebSocketFrame(Frames.acceptedResult(ch.alloc(), call.messageId())));
            }
            case Frames.Incoming.Result result -> {
                if (!result.messageId().equals(inFlightId)) {
                    logger.debug("{}: late or unknown CALLRESULT {}", id, result.messageId());
                    return;
                }
                if (inFlight == InFlight.BOOT) {
                    Stats.record(stats.boot, now - inFlightSentNanos);
                    clearInFlight();
                    String status = result.payload().path("status").asText("");
                    if (status.equals("Accepted")) {
                        state = State.READY;
                        stats.booted.increment();
                        booted.complete(true);
                        scheduleNextCall();
                    } else {
                        stats.error(ErrorKind.BOOT_REJECTED, status.isEmpty() ? "no status" : status);
                        giveUp();
                    }
                } else {
                    answered(now);
                    stats.callResults.increment();
                    scheduleNextCall();
                }
            }
            case Frames.Incoming.Error error -> {
                if (!error.messageId().equals(inFlightId)) {
                    logger.debug("{}: late or unknown CALLERROR {}", id, error.messageId());
                    return;
                }
                if (inFlight == InFlight.BOOT) {
                    clearInFlight();
                    stats.error(ErrorKind.BOOT_REJECTED, "CALLERROR " + error.code());
                    giveUp();
                } else {
                    answered(now);
                    stats.error(ErrorKind.CALL_ERRORS, error.code());
                    scheduleNextCall();
                }
            }
            case Frames.Incoming.Malformed malformed -> {
                logger.debug("{}: malformed frame from the gateway: {}", id, malformed.reason());
                stats.error(ErrorKind.CALL_ERRORS, "malformed frame from the gateway");
            }
        }
    }

    private void answered(long now) {
        if (inFlightDueNanos >= measureFromNanos) {
            Stats.record(stats.call, now - inFlightDueNanos);
            Stats.record(stats.callService, now - inFlightSentNanos);
            stats.callsAnswered.increment();
            CallSchedule s = schedule;
            if (s != null && now < s.endNanos()) {
                stats.callsAnsweredInWindow.increment();
            }
        }
        clearInFlight();
    }

    private void scheduleNextCall() {
        CallSchedule s = schedule;
        if (s == null || state != State.READY || inFlight != InFlight.NONE || sendTimer != null
                || !s.includes(nextCall)) {
            return;
        }
        // Calls due within the run go out even after its end, late: a backlog is measured, not dropped.
        long delay = s.dueAt(nextCall) - System.nanoTime();
        if (delay <= 0) {
            sendCall();
        } else {
            sendTimer = loop.schedule(() -> {
                sendTimer = null;
                scheduleNextCall();
            }, delay, TimeUnit.NANOSECONDS);
        }
    }

    private void sendCall() {
        Channel ch = channel;
        CallSchedule s = schedule;
        if (ch == null || s == null) {
            return;
        }
        long k = nextCall++;
        StationAction action = client.options().mix().pick(random);
        String messageId = nextMessageId();
        inFlight = InFlight.CALL;
        inFlightId = messageId;
        inFlightDueNanos = s.dueAt(k);
        inFlightSentNanos = System.nanoTime();
        stats.callsSent.increment();
        ch.writeAndFlush(new TextWebSocketFrame(Frames.call(ch.alloc(), messageId, action, version, ++sequence,
                Instant.now())));
    }

    private void stopCalls() {
        schedule = null;
        if (sendTimer != null) {
            sendTimer.cancel(false);
            sendTimer = null;
        }
    }

    private void clearInFlight() {
        inFlight = InFlight.NONE;
        inFlightId = null;
    }

    private String nextMessageId() {
        return Long.toString(++messageCounter, 36);
    }

    /**
     * Starts the closing handshake: a close frame, then the gateway closes TCP (RFC 6455 §7.1.1:
     * the server closes first, so the TIME_WAIT state, and the port it holds, stays on its side,
     * not on this client's ephemeral ports). Closed here only if the gateway does not in time.
     */
    private void closeCleanly(Channel ch, WebSocketCloseStatus status) {
        if (closeSent) {
            return;
        }
        closeSent = true;
        ch.writeAndFlush(new CloseWebSocketFrame(status));
        loop.schedule(() -> ch.close(), CLOSE_HANDSHAKE_SECONDS, TimeUnit.SECONDS);
    }

    private static String describe(@Nullable Throwable cause) {
        if (cause == null) {
            return "unknown";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof io.netty.channel.ConnectTimeoutException) {
            return "timeout";
        }
        if (cause instanceof SSLException || cause.getCause() instanceof SSLException) {
            return "tls";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** The pipeline's last handler: the upgrade, then WebSocket frames. */
    private final class Handler extends SimpleChannelInboundHandler<Object> {

        private final Channel ch;
        private final WebSocketClientHandshaker handshaker;

        Handler(Channel ch) {
            this.ch = ch;
            HttpHeaders headers = new DefaultHttpHeaders();
            if (authorization != null) {
                headers.set(HttpHeaderNames.AUTHORIZATION, authorization);
            }
            this.handshaker = WebSocketClientHandshakerFactory.newHandshaker(client.stationUri(id),
                    WebSocketVersion.V13, version.subprotocol(), false, headers, MAX_FRAME_BYTES);
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            handshaker.handshake(ch);
            ctx.fireChannelActive();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            closedChannel(ch);
            ctx.fireChannelInactive();
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
            if (!handshaker.isHandshakeComplete()) {
                if (msg instanceof FullHttpResponse response) {
                    try {
                        handshaker.finishHandshake(ch, response);
                    } catch (WebSocketClientHandshakeException e) {
                        failure = e.response() != null ? "http " + e.response().status().code() : "upgrade refused";
                        ch.close();
                        return;
                    }
                    // After the upgrade: join fragmented messages, up to the gateway's own limit.
                    ctx.pipeline().addBefore(ctx.name(), "ws-aggregator", new WebSocketFrameAggregator(MAX_FRAME_BYTES));
                    opened(ch);
                }
                return;
            }
            if (msg instanceof TextWebSocketFrame text) {
                onIncoming(ch, Frames.read(text.content()));
            } else if (msg instanceof PingWebSocketFrame ping) {
                ch.writeAndFlush(new PongWebSocketFrame(ping.content().retain()));
            } else if (msg instanceof CloseWebSocketFrame close) {
                if (!closeSent) {
                    closeCode = close.statusCode();
                    // Echo the close (RFC 6455 §5.5.1); the gateway then closes TCP.
                    int code = close.statusCode();
                    closeCleanly(ch, WebSocketCloseStatus.isValidStatusCode(code)
                            ? new WebSocketCloseStatus(code, "") : WebSocketCloseStatus.NORMAL_CLOSURE);
                }
            } else if (msg instanceof WebSocketFrame) {
                logger.debug("{}: ignored {}", id, msg.getClass().getSimpleName());
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (failure == null && state == State.CONNECTING) {
                failure = describe(cause);
            }
            if (!(cause instanceof ClosedChannelException)) {
                logger.debug("{}: {}", id, cause.toString());
            }
            ch.close();
        }
    }
}
