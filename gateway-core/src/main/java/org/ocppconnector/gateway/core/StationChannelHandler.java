package org.ocppconnector.gateway.core;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.PrematureChannelClosureException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle of one station connection: handshake deadline, registration, WebSocket ping and
 * close handling, and handing text messages to the {@link StationSession}. One instance per
 * channel; teardown runs once and cancels every timer.
 */
final class StationChannelHandler extends ChannelInboundHandlerAdapter {

    static final AttributeKey<ChargingStationId> STATION_ID = AttributeKey.valueOf("ocpp.stationId");
    static final AttributeKey<OcppProtocol> PROTOCOL = AttributeKey.valueOf("ocpp.protocol");
    /** WebSocket close code when the TCP connection ended without a close frame (RFC 6455 §7.1.5). */
    static final int ABNORMAL_CLOSURE = 1006;
    /** Close reason when a connection reached its maximum age. */
    static final String MAX_AGE_REASON = "max connection age";
    /** Spread of the maximum age: each connection gets the age ±10 %, so reconnects do not come in a wave. */
    static final double MAX_AGE_JITTER = 0.1;
    /** How often an aged connection busy with a command or a CALL checks again. */
    private static final long MAX_AGE_RECHECK_MILLIS = 200;
    /** How long an aged connection waits for its command or CALL in flight before it closes anyway. */
    static final long MAX_AGE_BUSY_WAIT_MILLIS = 30_000;

    private static final Logger logger = LoggerFactory.getLogger(StationChannelHandler.class);

    private final SessionContext ctx;
    private final ReadGate readGate;
    private final int securityProfile;

    private @Nullable StationSession session;
    private @Nullable ScheduledFuture<?> handshakeTimer;
    private @Nullable ScheduledFuture<?> pingTimer;
    private @Nullable ScheduledFuture<?> ageTimer;
    private boolean awaitingPong;
    private int closeCode = ABNORMAL_CLOSURE;
    private String closeReason = "";
    private boolean closeCodeKnown;

    StationChannelHandler(SessionContext ctx, ReadGate readGate, int securityProfile) {
        this.ctx = ctx;
        this.readGate = readGate;
        this.securityProfile = securityProfile;
    }

    @Override
    public void channelActive(ChannelHandlerContext chc) {
        long millis = ctx.config().handshakeTimeout().toMillis();
        handshakeTimer = chc.executor().schedule(() -> {
            if (session == null && chc.channel().isActive()) {
                ctx.metrics().handshake(GatewayMetrics.Handshake.TIMEOUT);
                logger.info("closing {}: no WebSocket handshake within {} ms", ClientAddress.text(chc.channel()),
                        millis);
                chc.close();
            }
        }, millis, TimeUnit.MILLISECONDS);
        chc.fireChannelActive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext chc, Object evt) {
        if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
            onHandshakeComplete(chc);
        } else if (evt == WebSocketServerProtocolHandler.ServerHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
            // Our own deadline would count it a second time.
            cancel(handshakeTimer);
            ctx.metrics().handshake(GatewayMetrics.Handshake.TIMEOUT);
            chc.close();
        } else {
            chc.fireUserEventTriggered(evt);
        }
    }

    private void onHandshakeComplete(ChannelHandlerContext chc) {
        cancel(handshakeTimer);
        Channel channel = chc.channel();
        ChargingStationId stationId = channel.attr(STATION_ID).get();
        OcppProtocol protocol = channel.attr(PROTOCOL).get();
        Integer authenticated = channel.attr(UpgradeHandler.SECURITY_PROFILE).get();
        SessionInfo info = new SessionInfo(stationId, Ids.randomUuid(), protocol, ClientAddress.text(channel),
                authenticated != null ? authenticated : securityProfile);
        StationSession newSession = new StationSession(info, channel, ctx);
        session = newSession;
        ctx.metrics().handshake(GatewayMetrics.Handshake.ACCEPTED);
        newSession.meters().connected();
        StationMdc.Scope mdc = StationMdc.open(stationId);
        try {
            logger.info("station {} connected from {} with {} (connection {})", stationId, info.remoteAddress(),
                    protocol.subprotocol(), info.connectionId());
            StationSession displaced = ctx.registry().register(newSession);
            // Published before any CALL or command result of this connection (those run on this
            // loop after this method), so it precedes them on the stream.
            newSession.publishConnected();
            if (displaced != null) {
                logger.info("station {}: new connection replaces {}", stationId, displaced.info().connectionId());
                displaced.execute(() -> closeWith(displaced.channel(), 1000, "replaced"));
            }
            ctx.router().onRegistered(newSession);
            if (readGate.isPaused()) {
                channel.config().setAutoRead(false);
            }
            long ping = ctx.config().pingInterval().toMillis();
            if (ping > 0) {
                pingTimer = chc.executor().scheduleAtFixedRate(StationMdc.wrap(stationId, () -> ping(chc)), ping, ping,
                        TimeUnit.MILLISECONDS);
            }
            Duration maxAge = ctx.config().maxConnectionAge();
            if (!maxAge.isZero()) {
                long age = jittered(maxAge.toMillis());
                ageTimer = chc.executor().schedule(StationMdc.wrap(stationId, () -> onMaxAge(chc, 0)), age,
                        TimeUnit.MILLISECONDS);
            }
        } finally {
            mdc.restore();
        }
    }

    /** The age ± {@link #MAX_AGE_JITTER}, uniformly distributed. */
    private static long jittered(long millis) {
        long spread = (long) (millis * MAX_AGE_JITTER);
        return millis - spread + ThreadLocalRandom.current().nextLong(2 * spread + 1);
    }

    /**
     * The connection reached its maximum age: closed with 1001 so the station reconnects, through
     * the load balancer, possibly to an instance added since (a long-lived socket never moves by
     * itself). A command or CALL in flight is let finish first, for a bounded time.
     */
    private void onMaxAge(ChannelHandlerContext chc, long waitedMillis) {
        StationSession current = session;
        if (current == null || !chc.channel().isActive()) {
            return;
        }
        if (current.isBusy() && waitedMillis < MAX_AGE_BUSY_WAIT_MILLIS) {
            ageTimer = chc.executor().schedule(StationMdc.wrap(current.stationId(),
                    () -> onMaxAge(chc, waitedMillis + MAX_AGE_RECHECK_MILLIS)), MAX_AGE_RECHECK_MILLIS,
                    TimeUnit.MILLISECONDS);
            return;
        }
        logger.info("station {}: connection reached its maximum age ({}); closing with 1001", current.stationId(),
                ctx.config().maxConnectionAge());
        closeWith(chc.channel(), WebSocketCloseStatus.ENDPOINT_UNAVAILABLE.code(), MAX_AGE_REASON);
    }

    private void ping(ChannelHandlerContext chc) {
        if (awaitingPong) {
            logger.info("station {}: no pong within {}; closing", session == null ? "?" : session.stationId(),
                    ctx.config().pingInterval());
            closeWith(chc.channel(), WebSocketCloseStatus.ENDPOINT_UNAVAILABLE.code(), "ping timeout");
            return;
        }
        awaitingPong = true;
        chc.writeAndFlush(new PingWebSocketFrame(), chc.voidPromise());
    }

    @Override
    public void channelRead(ChannelHandlerContext chc, Object msg) {
        StationSession current = session;
        if (current == null) {
            // Nothing but the handshake is expected before the session exists.
            ReferenceCountUtil.release(msg);
            return;
        }
        // Any frame proves the station is alive, not only a pong.
        awaitingPong = false;
        StationMdc.Scope mdc = StationMdc.open(current.stationId());
        try {
            if (msg instanceof TextWebSocketFrame text) {
                String payload = text.text();
                text.release();
                if (logger.isTraceEnabled()) {
                    logger.trace("station {}: <- {}", current.stationId(), payload);
                }
                current.onText(payload);
            } else if (msg instanceof CloseWebSocketFrame close) {
                closeCode = close.statusCode() < 0 ? WebSocketCloseStatus.EMPTY.code() : close.statusCode();
                closeReason = close.reasonText();
                closeCodeKnown = true;
                close.release();
                // RFC 6455 §5.5.1: answer a close frame with a close frame, then close.
                chc.writeAndFlush(new CloseWebSocketFrame(closeCode == 1005 ? 1000 : closeCode, ""))
                        .addListener(ChannelFutureListener.CLOSE);
            } else if (msg instanceof BinaryWebSocketFrame binary) {
                binary.release();
                // OCPP-J carries JSON text only (1.6 §3.2, 2.0.1 part 4 §3.2).
                closeWith(chc.channel(), WebSocketCloseStatus.INVALID_MESSAGE_TYPE.code(), "binary frames not supported");
            } else if (msg instanceof PongWebSocketFrame || msg instanceof PingWebSocketFrame) {
                ReferenceCountUtil.release(msg);
            } else {
                ReferenceCountUtil.release(msg);
            }
        } finally {
            mdc.restore();
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext chc) {
        if (readGate.isPaused() && chc.channel().config().isAutoRead()) {
            chc.channel().config().setAutoRead(false);
        }
        chc.fireChannelReadComplete();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext chc, Throwable cause) {
        StationSession current = session;
        if (current == null) {
            onException(chc, cause, ClientAddress.text(chc.channel()));
        } else {
            StationMdc.Scope mdc = StationMdc.open(current.stationId());
            try {
                onException(chc, cause, current.stationId().value());
            } finally {
                mdc.restore();
            }
        }
    }

    private void onException(ChannelHandlerContext chc, Throwable cause, String station) {
        if (cause instanceof TooLongFrameException || cause.getCause() instanceof TooLongFrameException) {
            logger.info("station {}: message larger than {} bytes; closing with 1009", station,
                    ctx.config().maxFrameBytes());
            closeWith(chc.channel(), WebSocketCloseStatus.MESSAGE_TOO_BIG.code(), "message too big");
        } else if (cause instanceof CorruptedWebSocketFrameException corrupted) {
            logger.info("station {}: WebSocket protocol violation: {}", station, corrupted.getMessage());
            closeWith(chc.channel(), corrupted.closeStatus().code(), corrupted.closeStatus().reasonText());
        } else if (cause instanceof IOException || cause instanceof PrematureChannelClosureException) {
            // Connection resets are part of life with chargers on mobile networks, also in the
            // middle of a fragmented message (the aggregator reports that as it lets go of the
            // fragments). The connection is gone: no close frame, and the close code stays 1006.
            logger.debug("station {}: I/O error: {}", station, cause.toString());
            chc.close();
        } else {
            logger.warn("station {}: unexpected error; closing", station, cause);
            closeWith(chc.channel(), WebSocketCloseStatus.INTERNAL_SERVER_ERROR.code(), "internal error");
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext chc) {
        cancel(handshakeTimer);
        cancel(pingTimer);
        cancel(ageTimer);
        StationSession current = session;
        if (current != null) {
            StationMdc.Scope mdc = StationMdc.open(current.stationId());
            try {
                ctx.registry().unregister(current);
                current.meters().disconnected();
                current.onClosed(closeCode, closeReason);
                logger.info("station {} disconnected: {} {}", current.stationId(), closeCode, closeReason);
            } finally {
                mdc.restore();
            }
        }
        chc.fireChannelInactive();
    }

    /** Closes a station's WebSocket with a close frame, remembering the code for the disconnected event. */
    static void closeWith(Channel channel, int code, String reason) {
        StationChannelHandler handler = channel.pipeline().get(StationChannelHandler.class);
        if (handler != null && !handler.closeCodeKnown) {
            handler.closeCode = code;
            handler.closeReason = reason;
            handler.closeCodeKnown = true;
        }
        if (channel.isActive()) {
            channel.writeAndFlush(new CloseWebSocketFrame(code, reason)).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private static void cancel(@Nullable ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
