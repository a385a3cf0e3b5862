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
import io.netty.handler.ssl.SslHandler;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.GatewayMetrics.Handshake;
import org.ocppconnector.gateway.core.security.AuthOutcome;
import org.ocppconnector.gateway.core.security.AuthRequest;
import org.ocppconnector.gateway.core.security.BasicCredentials;
import org.ocppconnector.gateway.core.security.CertificateNames;
import org.ocppconnector.gateway.core.security.SecurityConfig;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a WebSocket upgrade request before it is accepted: the path names a valid station id,
 * the station offers a subprotocol the gateway serves, and it authenticates for its security
 * profile (a Basic user name equal to the id, a client certificate whose CN is the id, and the
 * configured {@link org.ocppconnector.gateway.core.security.StationAuthenticator}). A request that
 * fails is answered with an HTTP error and closed, so no WebSocket exists for it. A request that
 * passes gets a WebSocket protocol handler for exactly the negotiated subprotocol, and this
 * handler leaves the pipeline.
 *
 * <p>The authenticator may take its time (password hashing, an HTTP call): meanwhile the channel
 * stops reading, and the upgrade continues on the channel's event loop when the answer comes.
 */
@ChannelHandler.Sharable
final class UpgradeHandler extends ChannelInboundHandlerAdapter {

    private static final Logger logger = LoggerFactory.getLogger(UpgradeHandler.class);

    /** The security profile the station was accepted with, for {@code ocpp.station.connected}. */
    static final AttributeKey<Integer> SECURITY_PROFILE = AttributeKey.valueOf("ocpp.securityProfile");

    /** Set when the connection's upgrade request arrived; later requests are dropped. */
    private static final AttributeKey<Boolean> REQUEST_SEEN = AttributeKey.valueOf("ocpp.upgradeRequestSeen");

    /** The same body for every authentication failure: it must not tell unknown ids from wrong passwords. */
    private static final String AUTH_FAILED_BODY = "authentication failed\n";

    private final GatewayConfig config;
    private final GatewayMetrics metrics;
    /** Served protocols by subprotocol name, in the gateway's order of preference. */
    private final Map<String, OcppProtocol> protocols;
    /** The organization client certificates must name, if configured. */
    private final @Nullable String tlsOrganization;

    UpgradeHandler(GatewayConfig config, List<OcppProtocol> protocols, GatewayMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.tlsOrganization = config.security().tls() == null ? null
                : config.security().tls().clientOrganization();
        Map<String, OcppProtocol> byName = new LinkedHashMap<>();
        for (OcppProtocol protocol : protocols) {
            byName.put(protocol.subprotocol().toLowerCase(Locale.ROOT), protocol);
        }
        this.protocols = Map.copyOf(byName);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request)) {
            ctx.fireChannelRead(msg);
            return;
        }
        // One upgrade request per connection. A second one pipelined behind the first (already
        // decoded while the first is being authenticated or refused) must not start another.
        if (ctx.channel().attr(REQUEST_SEEN).setIfAbsent(Boolean.TRUE) != null) {
            logger.debug("ignoring a further HTTP request from {}", ctx.channel().remoteAddress());
            ReferenceCountUtil.release(request);
            return;
        }
        boolean kept = false;
        // handle() puts the station id into the MDC once the path named a valid one.
        StationMdc.Scope mdc = StationMdc.preserve();
        try {
            kept = handle(ctx, request);
        } finally {
            mdc.restore();
            if (!kept) {
                ReferenceCountUtil.release(request);
            }
        }
    }

    /** Returns whether the request was kept for an authentication still running (released later). */
    private boolean handle(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (!request.decoderResult().isSuccess()) {
            refuse(ctx, Handshake.REFUSED_REQUEST, HttpResponseStatus.BAD_REQUEST, "malformed HTTP request");
            return false;
        }
        String path = pathOf(request.uri());
        if (!path.startsWith(config.pathPrefix())) {
            refuse(ctx, Handshake.REFUSED_PATH, HttpResponseStatus.NOT_FOUND, "no station endpoint at this path");
            return false;
        }
        String segment = path.substring(config.pathPrefix().length());
        if (segment.isEmpty() || segment.indexOf('/') >= 0) {
            refuse(ctx, Handshake.REFUSED_PATH, HttpResponseStatus.NOT_FOUND,
                    "expected " + config.pathPrefix() + "{stationId}");
            return false;
        }
        Optional<ChargingStationId> stationId = ChargingStationId.fromPathSegment(segment);
        if (stationId.isEmpty()) {
            refuse(ctx, Handshake.REFUSED_ID, HttpResponseStatus.BAD_REQUEST,
                    "invalid station id: 1.." + ChargingStationId.MAX_LENGTH + " printable ASCII characters, no '/'");
            return false;
        }
        StationMdc.put(stationId.get());
        if (request.method() != HttpMethod.GET
                || !request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true)) {
            refuse(ctx, Handshake.REFUSED_REQUEST, HttpResponseStatus.BAD_REQUEST,
                    "expected a WebSocket upgrade request");
            return false;
        }
        // OCPP-J 1.6 §3.1.2, 2.0.1 part 4 §3.1: the station lists the versions it speaks in order
        // of preference; the server picks the first one it serves. Without a match there is no
        // version to speak, so the upgrade is refused rather than guessed.
        Optional<OcppProtocol> protocol = negotiate(request.headers().get(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL));
        if (protocol.isEmpty()) {
            refuse(ctx, Handshake.REFUSED_SUBPROTOCOL, HttpResponseStatus.BAD_REQUEST,
                    "Sec-WebSocket-Protocol must offer one of "
                    + String.join(", ", protocols.keySet()));
            return false;
        }
        ctx.channel().attr(StationChannelHandler.STATION_ID).set(stationId.get());
        ctx.channel().attr(StationChannelHandler.PROTOCOL).set(protocol.get());
        return authenticate(ctx, request, stationId.get(), path, protocol.get());
    }

    /**
     * The security profile checks (OCPP 1.6 Security Whitepaper ed. 2 §2-§4, OCPP 2.0.1 Part 2
     * §A00): the transport decides the profile, the gateway binds Basic user and certificate CN to
     * the id in the URL, then the authenticator decides. Returns whether the request was kept.
     */
    private boolean authenticate(ChannelHandlerContext ctx, FullHttpRequest request, ChargingStationId stationId,
            String path, OcppProtocol protocol) {
        SecurityConfig security = config.security();
        SslHandler ssl = ctx.pipeline().get(SslHandler.class);
        List<X509Certificate> chain = List.of();
        int profile;
        if (ssl != null) {
            chain = peerChain(ssl);
            profile = chain.isEmpty() ? 2 : 3;
        } else {
            profile = security.tlsTerminatedUpstream() ? 2 : 1;
        }
        if (!chain.isEmpty()) {
            // Profile 3: a chain to our CA is not enough; the certificate must name this station,
            // or any station's certificate would open every other station's connection.
            X509Certificate leaf = chain.get(0);
            Optional<String> cn = CertificateNames.commonName(leaf);
            if (cn.isEmpty() || !cn.get().equals(stationId.value())) {
                refuseAuth(ctx, stationId, profile, "client certificate CN " + cn.orElse("(none)")
                        + " is not the station id");
                return false;
            }
            String organization = tlsOrganization;
            if (organization != null && !CertificateNames.organization(leaf).orElse("").equals(organization)) {
                refuseAuth(ctx, stationId, profile, "client certificate O "
                        + CertificateNames.organization(leaf).orElse("(none)") + " is not " + organization);
                return false;
            }
        }
        BasicCredentials credentials;
        String authorization = request.headers().get(HttpHeaderNames.AUTHORIZATION);
        if (authorization == null) {
            credentials = null;
        } else {
            credentials = parseBasic(authorization);
            if (credentials == null) {
                refuseAuth(ctx, stationId, profile, "Authorization header is not valid Basic credentials");
                return false;
            }
            // OCPP 1.6 Security Whitepaper and 2.0.1 Part 2 §A00 (profiles 1, 2): the user name is the station id.
            if (!credentials.username().equals(stationId.value())) {
                refuseAuth(ctx, stationId, profile, "Basic user name is not the station id");
                return false;
            }
        }
        AuthRequest authRequest = new AuthRequest(stationId, profile, credentials, chain,
                ctx.channel().remoteAddress());
        CompletionStage<AuthOutcome> outcome;
        try {
            outcome = security.authenticator().authenticate(authRequest);
        } catch (RuntimeException e) {
            outcome = CompletableFuture.failedFuture(e);
        }
        // Nothing more is read (and no timer but the handshake deadline runs) until the answer.
        ctx.channel().config().setAutoRead(false);
        int transportProfile = profile;
        outcome.whenComplete((result, error) -> {
            try {
                ctx.executor().execute(StationMdc.wrap(stationId, () -> resume(ctx, request, stationId, path,
                        protocol, transportProfile, result, error)));
            } catch (RejectedExecutionException e) {
                // The event loop is shutting down; the channel goes with it.
                ReferenceCountUtil.release(request);
            }
        });
        return true;
    }

    /** Continues the upgrade on the channel's event loop once the authenticator answered. */
    private void resume(ChannelHandlerContext ctx, FullHttpRequest request, ChargingStationId stationId, String path,
            OcppProtocol protocol, int transportProfile, @Nullable AuthOutcome result, @Nullable Throwable error) {
        try {
            if (!ctx.channel().isActive() || ctx.isRemoved()) {
                return;
            }
            AuthOutcome outcome = error != null
                    ? new AuthOutcome.Refused("authenticator failed: " + error)
                    : result == null ? new AuthOutcome.Refused("authenticator gave no answer") : result;
            switch (outcome) {
                case AuthOutcome.Refused refused -> refuseAuth(ctx, stationId, transportProfile, refused.reason());
                case AuthOutcome.Accepted accepted -> {
                    int minimum = config.security().minimumProfile();
                    if (accepted.securityProfile() < minimum) {
                        refuseAuth(ctx, stationId, transportProfile, "security profile " + accepted.securityProfile()
                                + " below the gateway's minimum " + minimum);
                        return;
                    }
                    logger.info("station {} from {} authenticated at security profile {}", stationId,
                            ctx.channel().remoteAddress(), accepted.securityProfile());
                    ctx.channel().attr(SECURITY_PROFILE).set(accepted.securityProfile());
                    ctx.channel().config().setAutoRead(true);
                    upgrade(ctx, request, path, protocol);
                }
            }
        } finally {
            ReferenceCountUtil.release(request);
        }
    }

    private void upgrade(ChannelHandlerContext ctx, FullHttpRequest request, String path, OcppProtocol protocol) {
        WebSocketServerProtocolConfig wsConfig = WebSocketServerProtocolConfig.newBuilder()
                .websocketPath(path)
                .subprotocols(protocol.subprotocol())
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
            OcppProtocol protocol = protocols.get(offered.trim().toLowerCase(Locale.ROOT));
            if (protocol != null) {
                return Optional.of(protocol);
            }
        }
        return Optional.empty();
    }

    /** The verified client chain, leaf first; empty if the station sent no certificate. */
    private static List<X509Certificate> peerChain(SslHandler ssl) {
        try {
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : ssl.engine().getSession().getPeerCertificates()) {
                if (certificate instanceof X509Certificate x509) {
                    chain.add(x509);
                }
            }
            return chain;
        } catch (SSLPeerUnverifiedException e) {
            return List.of();
        }
    }

    /** RFC 7617 credentials, or {@code null} if the header is not well-formed Basic credentials. */
    static @Nullable BasicCredentials parseBasic(String header) {
        int space = header.indexOf(' ');
        if (space < 0 || !header.substring(0, space).equalsIgnoreCase("Basic")) {
            return null;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(header.substring(space + 1).strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        String text = new String(decoded, StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        if (colon < 0) {
            return null;
        }
        return new BasicCredentials(text.substring(0, colon), text.substring(colon + 1));
    }

    /** 401 with a Basic challenge and a body that is the same whatever the reason (RFC 7235 §3.1). */
    private void refuseAuth(ChannelHandlerContext ctx, ChargingStationId stationId, int profile, String reason) {
        metrics.handshake(Handshake.REFUSED_AUTH);
        logger.info("refused station {} from {} at security profile {}: 401 {}", stationId,
                ctx.channel().remoteAddress(), profile, reason);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.UNAUTHORIZED,
                Unpooled.copiedBuffer(AUTH_FAILED_BODY, StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Basic realm=\"ocpp\"");
        HttpUtil.setContentLength(response, response.content().readableBytes());
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
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
        logger.info("refused upgrade from {}: {} {}", ClientAddress.text(ctx.channel()), status.code(), reason);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer(reason + "\n", StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        HttpUtil.setContentLength(response, response.content().readableBytes());
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
}
