package org.ocppconnector.gateway.core;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ocppconnector.gateway.core.GatewayMetrics.Limit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caps the TCP connections open on this instance. It sits on the listening channel, in front of
 * the bootstrap's acceptor: a connection over the cap is closed on the accept thread before it is
 * registered with an I/O event loop, so a connection flood costs no pipeline, TLS, HTTP or
 * session work and does not queue tasks in front of the stations' reads. The stations already
 * connected keep their sockets.
 */
@ChannelHandler.Sharable
final class ConnectionLimiter extends ChannelInboundHandlerAdapter {

    private static final Logger logger = LoggerFactory.getLogger(ConnectionLimiter.class);

    private final int maxConnections;
    private final GatewayMetrics metrics;
    private final AtomicInteger open = new AtomicInteger();
    private final ThrottledLog refusals = new ThrottledLog(logger, 10, TimeUnit.SECONDS);

    ConnectionLimiter(int maxConnections, GatewayMetrics metrics) {
        this.maxConnections = maxConnections;
        this.metrics = metrics;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        // The listening channel reads accepted child channels.
        if (msg instanceof Channel child) {
            if (open.incrementAndGet() > maxConnections) {
                open.decrementAndGet();
                metrics.limitRejected(Limit.CONNECTIONS);
                refusals.warn("refused connection from {}: {} connections open (GATEWAY_MAX_CONNECTIONS)",
                        child.remoteAddress(), maxConnections);
                // Never registered, so there is no pipeline to run: just the socket to close.
                child.unsafe().closeForcibly();
                return;
            }
            child.closeFuture().addListener(f -> open.decrementAndGet());
        }
        ctx.fireChannelRead(msg);
    }
}
