package org.ocppconnector.gateway.core;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Right behind the TLS handler: a failed TLS handshake (expired or foreign client certificate,
 * no common cipher suite, TLS below 1.2, port scans) is counted and logged as one INFO line and
 * the connection closed. Anyone can cause these, so they are neither warnings nor stack traces.
 */
@ChannelHandler.Sharable
final class TlsFailureHandler extends ChannelInboundHandlerAdapter {

    private static final Logger logger = LoggerFactory.getLogger(TlsFailureHandler.class);

    private final GatewayMetrics metrics;

    TlsFailureHandler(GatewayMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof SslHandshakeCompletionEvent done && !done.isSuccess()) {
            if (!ctx.channel().isActive()) {
                // Closed before TLS finished: by the peer (port scans, load balancer health
                // checks) or by the handshake deadline, which counts it. Not a TLS failure.
                ctx.fireUserEventTriggered(evt);
                return;
            }
            metrics.handshake(GatewayMetrics.Handshake.REFUSED_TLS);
            logger.info("TLS handshake with {} failed: {}", ctx.channel().remoteAddress(), done.cause().getMessage());
            ctx.close();
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable tls = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        if (tls instanceof SSLException) {
            // A handshake failure is reported by the event above as well; later TLS errors end here.
            logger.debug("TLS error with {}: {}", ctx.channel().remoteAddress(), tls.getMessage());
            ctx.close();
            return;
        }
        ctx.fireExceptionCaught(cause);
    }
}
