package org.ocppconnector.gateway.core;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.ocppconnector.gateway.core.GatewayMetrics.Limit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limits WebSocket upgrade requests per client address with a token bucket each, so one source
 * reconnecting in a tight loop cannot spend the instance's handshake and session work. Over the
 * rate the request gets HTTP 429 with {@code Retry-After} (RFC 6585 §4) and the connection is
 * closed. The address is the PROXY protocol one when there is one ({@link ClientAddress}).
 *
 * <p>The buckets live in a map bounded by {@link #MAX_ADDRESSES}; a bucket that has refilled is
 * forgotten, which changes nothing. If the map is full of live buckets (a flood from more
 * addresses than that), new addresses are let through unlimited rather than refused: the
 * connection cap still holds, and stations of real addresses keep connecting. Shared by every
 * channel of a server; buckets are locked individually since addresses span event loops.
 */
@ChannelHandler.Sharable
final class HandshakeRateLimiter extends ChannelInboundHandlerAdapter {

    /** About 100 bytes per entry: a few MiB at most. */
    static final int MAX_ADDRESSES = 65_536;

    private static final Logger logger = LoggerFactory.getLogger(HandshakeRateLimiter.class);

    private final int ratePerSecond;
    private final int burst;
    private final Clock clock;
    private final GatewayMetrics metrics;
    private final ConcurrentHashMap<InetAddress, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastPurgeMillis = new AtomicLong();
    private final ThrottledLog refusals = new ThrottledLog(logger, 10, TimeUnit.SECONDS);

    HandshakeRateLimiter(int ratePerSecond, int burst, Clock clock, GatewayMetrics metrics) {
        if (ratePerSecond < 1) {
            throw new IllegalArgumentException("ratePerSecond: " + ratePerSecond + " (expected: >= 1)");
        }
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request)) {
            ctx.fireChannelRead(msg);
            return;
        }
        SocketAddress client = ClientAddress.of(ctx.channel());
        if (!(client instanceof InetSocketAddress inet) || inet.getAddress() == null) {
            ctx.fireChannelRead(msg);
            return;
        }
        long now = clock.millis();
        long retryAfter = admit(inet.getAddress(), now);
        if (retryAfter == 0) {
            ctx.fireChannelRead(msg);
            return;
        }
        ReferenceCountUtil.release(request);
        metrics.limitRejected(Limit.HANDSHAKE_RATE);
        refusals.info("refused upgrade from {}: more than {} handshakes per second (burst {}) from this address "
                + "(GATEWAY_HANDSHAKES_PER_SECOND_PER_ADDRESS); answered 429", ClientAddress.text(ctx.channel()),
                ratePerSecond, burst);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.TOO_MANY_REQUESTS,
                Unpooled.copiedBuffer("too many connection attempts from this address, retry later\n",
                        StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.headers().set(HttpHeaderNames.RETRY_AFTER, retryAfter);
        HttpUtil.setContentLength(response, response.content().readableBytes());
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    /** 0 if the address may go on, else the seconds it should wait. */
    private long admit(InetAddress address, long now) {
        TokenBucket bucket = buckets.get(address);
        if (bucket == null) {
            if (buckets.size() >= MAX_ADDRESSES && !purge(now)) {
                return 0;
            }
            bucket = buckets.computeIfAbsent(address, a -> new TokenBucket(ratePerSecond, burst, now));
        }
        synchronized (bucket) {
            return bucket.tryAcquire(now) ? 0 : bucket.secondsUntilToken(now);
        }
    }

    /** Forgets refilled buckets, at most once a second; true if there is room afterwards. */
    private boolean purge(long now) {
        long last = lastPurgeMillis.get();
        if (now - last >= 1000 && lastPurgeMillis.compareAndSet(last, now)) {
            buckets.values().removeIf(b -> {
                synchronized (b) {
                    return b.isFull(now);
                }
            });
            logger.debug("handshake rate buckets after purge: {}", buckets.size());
        }
        return buckets.size() < MAX_ADDRESSES;
    }

    /** Addresses with a bucket, for tests. */
    int trackedAddresses() {
        return buckets.size();
    }
}
