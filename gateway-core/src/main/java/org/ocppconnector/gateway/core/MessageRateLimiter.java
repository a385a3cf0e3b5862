package org.ocppconnector.gateway.core;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.GatewayMetrics.Limit;
import org.ocppconnector.gateway.core.rpc.ParsedFrame;
import org.ocppconnector.gateway.core.rpc.RpcErrorCode;
import org.ocppconnector.gateway.core.rpc.RpcFrame;
import org.ocppconnector.gateway.core.rpc.RpcFrameCodec;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limits the messages one station connection sends with a token bucket, in front of the
 * session: a station stuck in a loop (or a hostile one) cannot flood the uplink stream or the
 * instance. A CALL over the rate gets a CALLERROR and is neither handled nor published; any other
 * message over the rate is dropped. A station that keeps going (more than
 * {@code stationRefusedMessagesBeforeClose} refusals within {@link #ABUSE_WINDOW_MILLIS}) is
 * closed with 1008, policy violation (RFC 6455 §7.4.1).
 *
 * <p>One instance per channel; everything runs on the channel's event loop with the server's
 * clock. Pings, pongs and close frames are never limited.
 */
final class MessageRateLimiter extends ChannelInboundHandlerAdapter {

    static final long ABUSE_WINDOW_MILLIS = 60_000;

    private static final Logger logger = LoggerFactory.getLogger(MessageRateLimiter.class);

    private final SessionContext ctx;
    /** Shared by every connection of a server: one line per interval for all stations over their rate. */
    private final ThrottledLog refusals;
    private final GatewayConfig.Limits limits;
    private @Nullable TokenBucket bucket;
    private @Nullable RpcFrameCodec codec;
    private long windowStart;
    private int refusedInWindow;
    private boolean closing;

    MessageRateLimiter(SessionContext ctx, ThrottledLog refusals) {
        this.ctx = ctx;
        this.refusals = refusals;
        this.limits = ctx.config().limits();
    }

    /** Creates the log line shared by every connection of a server. */
    static ThrottledLog refusalLog() {
        return new ThrottledLog(logger, 10, TimeUnit.SECONDS);
    }

    @Override
    public void channelRead(ChannelHandlerContext chc, Object msg) {
        if (!(msg instanceof TextWebSocketFrame frame)) {
            chc.fireChannelRead(msg);
            return;
        }
        OcppProtocol protocol = chc.channel().attr(StationChannelHandler.PROTOCOL).get();
        if (protocol == null) {
            chc.fireChannelRead(msg);
            return;
        }
        long now = ctx.clock().millis();
        if (bucket == null) {
            bucket = new TokenBucket(limits.stationMessagesPerSecond(), limits.stationMessageBurst(), now);
        }
        if (!closing && bucket.tryAcquire(now)) {
            chc.fireChannelRead(msg);
            return;
        }
        String text = frame.text();
        frame.release();
        if (closing) {
            return;
        }
        refuse(chc, protocol, text, now);
    }

    private void refuse(ChannelHandlerContext chc, OcppProtocol protocol, String text, long now) {
        if (now - windowStart >= ABUSE_WINDOW_MILLIS || now < windowStart) {
            windowStart = now;
            refusedInWindow = 0;
        }
        refusedInWindow++;
        var stationId = chc.channel().attr(StationChannelHandler.STATION_ID).get();
        if (refusedInWindow > limits.stationRefusedMessagesBeforeClose()) {
            closing = true;
            ctx.metrics().limitRejected(Limit.MESSAGE_RATE_CLOSE);
            logger.warn("station {} ({}): over its message rate {} times within {} s; closing with 1008",
                    stationId, ClientAddress.text(chc.channel()), refusedInWindow - 1, ABUSE_WINDOW_MILLIS / 1000);
            StationChannelHandler.closeWith(chc.channel(), WebSocketCloseStatus.POLICY_VIOLATION.code(),
                    "message rate exceeded");
            return;
        }
        ctx.metrics().limitRejected(Limit.MESSAGE_RATE);
        refusals.info("station {}: message over its rate of {}/s (burst {}) refused "
                + "(GATEWAY_STATION_MESSAGES_PER_SECOND)", stationId, limits.stationMessagesPerSecond(),
                limits.stationMessageBurst());
        if (codec == null) {
            codec = new RpcFrameCodec(ctx.mapper(), protocol.maxMessageIdLength());
        }
        // Only a CALL expects an answer; responses and unreadable frames over the rate are dropped.
        if (codec.parse(text) instanceof ParsedFrame.Valid valid && valid.frame() instanceof RpcFrame.Call call) {
            GatewayMetrics.Version meters = ctx.metrics().version(protocol);
            meters.frameIn(call.action());
            // Neither OCPP-J 1.6 §4.2.3 nor 2.0.1 part 4 §4.3 has a rate-limit code. GenericError
            // ("any other error") is the honest one: the CALL was fine, it came too fast.
            // InternalError would blame the CSMS and SecurityError would raise a security event
            // on the station. A CALLERROR to a transaction message makes the station retry it
            // later (1.6 "error responses to transaction-related messages", 2.0.1 E13), so nothing
            // is lost.
            String code = protocol.errorCode(RpcErrorCode.GENERIC_ERROR);
            String answer = codec.write(new RpcFrame.CallError(call.messageId(), code,
                    "rate limit exceeded: at most " + limits.stationMessagesPerSecond() + " messages per second, "
                            + "retry later", ctx.mapper().createObjectNode()));
            meters.frameOut(GatewayMetrics.CALLERROR);
            meters.callErrorSent(code);
            chc.writeAndFlush(new TextWebSocketFrame(answer), chc.voidPromise());
        }
    }
}
