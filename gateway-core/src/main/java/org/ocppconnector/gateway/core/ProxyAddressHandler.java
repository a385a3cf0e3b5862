package org.ocppconnector.gateway.core;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.haproxy.HAProxyCommand;
import io.netty.handler.codec.haproxy.HAProxyMessage;
import io.netty.handler.codec.haproxy.HAProxyProtocolException;
import io.netty.handler.codec.haproxy.HAProxyProxiedProtocol;
import io.netty.util.AttributeKey;
import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.GatewayMetrics.Limit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows Netty's {@code HAProxyMessageDecoder} when PROXY protocol is on: takes the decoded
 * header, records the client address it names for {@link ClientAddress}, and leaves the
 * pipeline. A connection that does not start with a valid header has been closed by the decoder;
 * this handler counts and logs that once instead of letting it reach the station handler as an
 * unexpected error. Shared by every channel of a server.
 */
@ChannelHandler.Sharable
final class ProxyAddressHandler extends ChannelInboundHandlerAdapter {

    private static final Logger logger = LoggerFactory.getLogger(ProxyAddressHandler.class);

    private static final AttributeKey<Boolean> REFUSED = AttributeKey.valueOf("ocpp.proxyHeaderRefused");

    private final GatewayMetrics metrics;
    private final ThrottledLog refusals = new ThrottledLog(logger, 10, TimeUnit.SECONDS);

    ProxyAddressHandler(GatewayMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof HAProxyMessage header)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            // LOCAL (PROXY v2 §2.2): the proxy's own connection, e.g. an NLB health check, with
            // no client behind it; the socket's peer is the right address then. UNKNOWN and
            // UNIX families carry no IP address either.
            if (header.command() == HAProxyCommand.PROXY && isInet(header.proxiedProtocol())) {
                InetSocketAddress client = address(header.sourceAddress(), header.sourcePort());
                if (client != null) {
                    ctx.channel().attr(ClientAddress.PROXIED).set(client);
                }
            } else {
                logger.debug("PROXY header {} {} from {}: keeping the socket address", header.command(),
                        header.proxiedProtocol(), ctx.channel().remoteAddress());
            }
        } finally {
            // The message holds the header's TLVs in buffers.
            header.release();
        }
        ctx.pipeline().remove(this);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof HAProxyProtocolException || cause.getCause() instanceof HAProxyProtocolException) {
            // The decoder may report the same bad header again when the closing channel's
            // remaining input is decoded; one connection counts once.
            if (ctx.channel().hasAttr(REFUSED) && ctx.channel().attr(REFUSED).get() != null) {
                return;
            }
            ctx.channel().attr(REFUSED).set(Boolean.TRUE);
            metrics.limitRejected(Limit.PROXY_HEADER);
            refusals.warn("closed connection from {}: no valid PROXY protocol header ({}); "
                    + "GATEWAY_PROXY_PROTOCOL is on, so every connection must come through the load balancer",
                    ctx.channel().remoteAddress(), cause.getMessage());
            ctx.close();
            return;
        }
        ctx.fireExceptionCaught(cause);
    }

    private static boolean isInet(HAProxyProxiedProtocol protocol) {
        return protocol.addressFamily() == HAProxyProxiedProtocol.AddressFamily.AF_IPv4
                || protocol.addressFamily() == HAProxyProxiedProtocol.AddressFamily.AF_IPv6;
    }

    private static @Nullable InetSocketAddress address(@Nullable String ip, int port) {
        // A literal, never a host name: the decoder validated it, and this must not resolve DNS.
        byte @Nullable [] bytes = ip == null ? null : NetUtil.createByteArrayFromIpAddressString(ip);
        if (bytes == null) {
            return null;
        }
        try {
            return new InetSocketAddress(InetAddress.getByAddress(bytes), port);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
