package org.ocppconnector.gateway.core;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.GatewayMetrics.Limit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds what a connection that does not read can cost us. The channel's write-buffer water
 * marks (set by the initializer) make it unwritable once our outbound buffer for it passes the
 * high mark; if it stays unwritable for the stall timeout the connection is closed. While it is
 * unwritable the buffer can only grow by what the station's own bounded rates allow (its
 * answers to rate-limited CALLs, one command in flight, pings), so the timeout bounds the memory.
 * One instance per channel; the timer runs on the channel's event loop.
 */
final class WriteStallGuard extends ChannelInboundHandlerAdapter {

    private static final Logger logger = LoggerFactory.getLogger(WriteStallGuard.class);
    private final Duration timeout;
    private final GatewayMetrics metrics;
    /** Shared by every connection of a server. */
    private final ThrottledLog stalls;
    private @Nullable ScheduledFuture<?> timer;

    WriteStallGuard(Duration timeout, GatewayMetrics metrics, ThrottledLog stalls) {
        this.timeout = timeout;
        this.metrics = metrics;
        this.stalls = stalls;
    }

    /** Creates the log line shared by every connection of a server. */
    static ThrottledLog stallLog() {
        return new ThrottledLog(logger, 10, TimeUnit.SECONDS);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable()) {
            cancel();
        } else if (timer == null) {
            timer = ctx.executor().schedule(() -> onStall(ctx), timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        ctx.fireChannelWritabilityChanged();
    }

    private void onStall(ChannelHandlerContext ctx) {
        timer = null;
        if (ctx.channel().isWritable() || !ctx.channel().isActive()) {
            return;
        }
        metrics.limitRejected(Limit.WRITE_STALL);
        var stationId = ctx.channel().attr(StationChannelHandler.STATION_ID).get();
        stalls.warn("closing {} ({}): it has not read what we sent for {} ({} bytes over the low-water mark)",
                stationId == null ? "connection" : "station " + stationId, ClientAddress.text(ctx.channel()),
                timeout, ctx.channel().bytesBeforeWritable());
        // A close frame would queue behind the stuck data; the socket goes now.
        ctx.channel().close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cancel();
        ctx.fireChannelInactive();
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
