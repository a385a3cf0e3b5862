package org.ocppconnector.gateway.core;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import org.jspecify.annotations.Nullable;

/**
 * The station pipeline, one handler per concern. The upgrade handler inserts the WebSocket
 * protocol handler for the negotiated version and removes itself; the HTTP handlers are replaced
 * by WebSocket frame codecs during the handshake.
 */
final class GatewayChannelInitializer extends ChannelInitializer<SocketChannel> {

    /** An upgrade request has no body; 8 KiB of headers is plenty and bounds memory per socket. */
    private static final int MAX_HTTP_REQUEST_BYTES = 8 * 1024;

    private final SessionContext ctx;
    private final UpgradeHandler upgradeHandler;
    private final ReadGate readGate;
    /** TLS on the station port (profiles 2 and 3), or {@code null} for plain WebSocket. */
    private final @Nullable ServerTls tls;
    private final TlsFailureHandler tlsFailures;

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
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ChannelPipeline p = ch.pipeline();
        if (tls != null) {
            // The context current at accept: a rotated certificate applies to new connections only.
            p.addLast("tls", tls.newHandler(ch.alloc()));
            p.addLast("tlsFailures", tlsFailures);
        }
        p.addLast("http", new HttpServerCodec(4096, MAX_HTTP_REQUEST_BYTES, 8192));
        p.addLast("httpAggregator", new HttpObjectAggregator(MAX_HTTP_REQUEST_BYTES));
        p.addLast("upgrade", upgradeHandler);
        // Fragmented messages are joined up to the same limit as single frames, never beyond.
        p.addLast("fragments", new WebSocketFrameAggregator(ctx.config().maxFrameBytes()));
        p.addLast("station", new StationChannelHandler(ctx, readGate, 0));
    }
}
