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
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocppconnector.gateway.core.GatewayMetrics.Handshake;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a WebSocket upgrade request before it is accepted: the path names a valid station id
 * and the station offers a subprotocol the gateway serves. A request that fails is answered with
 * an HTTP error and closed, so no WebSocket exists for it. A request that passes gets a WebSocket
 * protocol handler for exactly the negotiated subprotocol, and this handler leaves the pipeline.
 */
@ChannelHandler.Sharable
final class UpgradeHandler extends ChannelInboundHandlerAdapter {

    private static final Logger logger = LoggerFactory.getLogger(UpgradeHandler.class);

    private final GatewayConfig config;
    private final GatewayMetrics metrics;
    /** Served protocols by subprotocol name, in the gateway's order of preference. */
    private final Map<String, OcppProtocol> protocols;

    UpgradeHandler(GatewayConfig config, List<OcppProtocol> protocols, GatewayMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        Map<String, OcppProtocol> byName = new LinkedHashMap<>();
        for (OcppProtocol protocol : protocols) {
            byName.put(protocol.subprotocol().toLowerCase(java.util.Locale.ROOT), protocol);
        }
        this.protocols = Map.copyOf(byName);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request)) {
            ctx.fireChannelRead(msg);
            return;
        }
        // handle() puts the station id into the MDC once the path named a valid one.
        StationMdc.Scope mdc = StationMdc.preserve();
        try {
            handle(ctx, request);
        } finally {
            mdc.restore();
            ReferenceCountUtil.release(request);
        }
    }

    private void handle(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (!request.decoderResult().isSuccess()) {
            refuse(ctx, Handshake.REFUSED_REQUEST, HttpResponseStatus.BAD_REQUEST, "malformed HTTP request");
            return;
        }
        String path = pathOf(request.uri());
        if (!path.startsWith(config.pathPrefix())) {
            refuse(ctx, Handshake.REFUSED_PATH, HttpResponseStatus.NOT_FOUND, "no station endpoint at this path");
            return;
        }
        String segment = path.substring(config.pathPrefix().length());
        if (segment.isEmpty() || segment.indexOf('/') >= 0) {
            refuse(ctx, Handshake.REFUSED_PATH, HttpResponseStatus.NOT_FOUND,
                    "expected " + config.pathPrefix() + "{stationId}");
            return;
        }
        Optional<ChargingStationId> stationId = ChargingStationId.fromPathSegment(segment);
        if (stationId.isEmpty()) {
            refuse(ctx, Handshake.REFUSED_ID, HttpResponseStatus.BAD_REQUEST,
                    "invalid station id: 1.." + ChargingStationId.MAX_LENGTH + " printable ASCII characters, no '/'");
            return;
        }
        StationMdc.put(stationId.get());
        if (request.method() != HttpMethod.GET
                || !request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true)) {
            refuse(ctx, Handshake.REFUSED_REQUEST, HttpResponseStatus.BAD_REQUEST,
                    "expected a WebSocket upgrade request");
            return;
        }
        // OCPP-J 1.6 §3.1.2, 2.0.1 part 4 §3.1: the station lists the versions it speaks in order
        // of preference; the server picks the first one it serves. Without a match there is no
        // version to speak, so the upgrade is refused rather than guessed.
        Optional<OcppProtocol> protocol = negotiate(request.headers().get(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL));
        if (protocol.isEmpty()) {
            refuse(ctx, Handshake.REFUSED_SUBPROTOCOL, HttpResponseStatus.BAD_REQUEST,
                    "Sec-WebSocket-Protocol must offer one of "
                    + String.join(", ", protocols.keySet()));
            return;
        }
        ctx.channel().attr(StationChannelHandler.STATION_ID).set(stationId.get());
        ctx.channel().attr(StationChannelHandler.PROTOCOL).set(protocol.get());

        WebSocketServerProtocolConfig wsConfig = WebSocketServerProtocolConfig.newBuilder()
                .websocketPath(path)
                .subprotocols(protocol.get().subprotocol())
                .checkStartsWith(true)
                .handshakeTimeoutMillis(config.handshakeTimeout().toMillis())
                // We answer close frames ourselves to report the station's close code.
                .handleCloseFrames(false)
                .dropPongFrames(false)
                .decoderConfig(WebSocketDecoderConfig.newBuilder()
                        .maxFramePayloadLength(config.maxFrameBytes())
                        .allowExtensions(false)
                        .closeOnProtocolViolation(true)
                        .build())
                .build();
        ctx.pipeline().addAfter(ctx.name(), "websocket", new WebSocketServerProtocolHandler(wsConfig));
        ctx.pipeline().remove(this);
        // The protocol handler performs the handshake on this request; it takes its own reference.
        ctx.fireChannelRead(request.retain());
    }

    private Optional<OcppProtocol> negotiate(String header) {
        if (header == null) {
            return Optional.empty();
        }
        for (String offered : header.split(",")) {
            OcppProtocol protocol = protocols.get(offered.trim().toLowerCase(java.util.Locale.ROOT));
            if (protocol != null) {
                return Optional.of(protocol);
            }
        }
        return Optional.empty();
    }

    private static String pathOf(String uri) {
        int query = uri.indexOf('?');
        int fragment = uri.indexOf('#');
        int end = query >= 0 ? query : uri.length();
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        return uri.substring(0, end);
    }

    private void refuse(ChannelHandlerContext ctx, Handshake outcome, HttpResponseStatus status, String reason) {
        metrics.handshake(outcome);
        logger.info("refused upgrade from {}: {} {}", ctx.channel().remoteAddress(), status.code(), reason);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer(reason + "\n", StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        HttpUtil.setContentLength(response, response.content().readableBytes());
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
}
