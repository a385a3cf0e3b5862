package org.ocppconnector.gateway.core;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.codec.haproxy.HAProxyMessageDecoder;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station pipeline, one handler per concern. The upgrade handler inserts the WebSocket
 * protocol handler for the negotiated version and removes itself; the HTTP handlers are replaced
 * by WebSocket frame codecs during the handshake.
 *
 * <p>Order: {@code [proxy proxyAddress] writeStall [tls] http httpAggregator [handshakeRate] upgrade
 * fragments [messageRate] station}; bracketed handlers depend on the configuration. The
 * connection cap ({@link ConnectionLimiter}) runs before all of them, on the listening channel.
 * Typed for any {@link Channel}, not only sockets, so tests (the station pipeline fuzz test) can
 * run this very pipeline on an {@code EmbeddedChannel}.
 */
final class GatewayChannelInitializer extends ChannelInitializer<Channel> {

    private static final Logger logger = LoggerFactory.getLogger(GatewayChannelInitializer.class);

    /** An upgrade request has no body; 8 KiB of headers is plenty and bounds memory per socket. */
    private static final int MAX_HTTP_REQUEST_BYTES = 8 * 1024;

    private final SessionContext ctx;
    private final UpgradeHandler upgradeHandler;
    private final ReadGate readGate;
    /** TLS on the station port (profiles 2 and 3), or {@code null} for plain WebSocket. */
    private final @Nullable ServerTls tls;
    private final TlsFailureHandler tlsFailures;
    private final ConnectionLimiter connectionLimiter;
    private final @Nullable ProxyAddressHandler proxyAddress;
    private final @Nullable HandshakeRateLimiter handshakeRate;
    private final WriteBufferWaterMark waterMark;
    private final ThrottledLog messageRateLog = MessageRateLimiter.refusalLog();
    private final ThrottledLog writeStallLog = WriteStallGuard.stallLog();

    GatewayChannelInitializer(SessionContext ctx, UpgradeHandler upgradeHandler, ReadGate readGate) {
        this(ctx, upgradeHandler, readGate, null);
    }

    GatewayChannelInitializer(SessionContext ctx, UpgradeHandler upgradeHandler, ReadGate readGate,
            @Nullable ServerTls tls) {
        this.ctx = ctx;
        this.upgradeHandler = upgradeHandler;
        this.readGate = readGate;
        this.tls = tls;
        this.tlsFailures = new TlsFailureHandler(ctx.metrics());
        GatewayConfig config = ctx.config();
        GatewayConfig.Limits limits = config.limits();
        this.connectionLimiter = new ConnectionLimiter(limits.maxConnections(), ctx.metrics());
        this.proxyAddress = config.proxyProtocol() ? new ProxyAddressHandler(ctx.metrics()) : null;
        this.handshakeRate = limits.handshakesPerSecondPerAddress() > 0
                ? new HandshakeRateLimiter(limits.handshakesPerSecondPerAddress(), limits.handshakeBurstPerAddress(),
                        ctx.clock(), ctx.metrics())
                : null;
        // Unwritable once a full-size message and as much again wait for a station that does not
        // read; WriteStallGuard closes it if that lasts.
        this.waterMark = new WriteBufferWaterMark(config.maxFrameBytes(), 2 * config.maxFrameBytes());
        logger.info("PROXY protocol {}; {}", config.proxyProtocol() ? "required" : "off", limits);
    }

    /**
     * The connection cap, for the listening channel ({@code ServerBootstrap.handler}): it refuses
     * connections before they reach {@link #initChannel}.
     */
    ConnectionLimiter connectionLimiter() {
        return connectionLimiter;
    }

    @Override
    protected void initChannel(Channel ch) {
        ch.config().setWriteBufferWaterMark(waterMark);
        ChannelPipeline p = ch.pipeline();
        if (proxyAddress != null) {
            // PROXY v1/v2 header first (both decoder and handler leave once it is read); without
            // one the decoder closes the connection.
            p.addLast("proxy", new HAProxyMessageDecoder());
            p.addLast("proxyAddress", proxyAddress);
        }
        p.addLast("writeStall", new WriteStallGuard(ctx.config().limits().writeStallTimeout(), ctx.metrics(),
                writeStallLog));
        if (tls != null) {
            // The context current at accept: a rotated certificate applies to new connections only.
            p.addLast("tls", tls.newHandler(ch.alloc()));
            p.addLast("tlsFailures", tlsFailures);
        }
        p.addLast("http", new HttpServerCodec(4096, MAX_HTTP_REQUEST_BYTES, 8192));
        p.addLast("httpAggregator", new HttpObjectAggregator(MAX_HTTP_REQUEST_BYTES));
        if (handshakeRate != null) {
            p.addLast("handshakeRate", handshakeRate);
        }
        p.addLast("upgrade", upgradeHandler);
        // Fragmented messages are joined up to the same limit as single frames, never beyond.
        p.addLast("fragments", new WebSocketFrameAggregator(ctx.config().maxFrameBytes()));
        if (ctx.config().limits().stationMessagesPerSecond() > 0) {
            p.addLast("messageRate", new MessageRateLimiter(ctx, messageRateLog));
        }
        p.addLast("station", new StationChannelHandler(ctx, readGate, 0));
    }
}
