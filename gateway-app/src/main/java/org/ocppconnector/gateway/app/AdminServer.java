package org.ocppconnector.gateway.app;

import static java.util.Objects.requireNonNull;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.ProtocolDetectionResult;
import io.netty.handler.codec.haproxy.HAProxyMessage;
import io.netty.handler.codec.haproxy.HAProxyMessageDecoder;
import io.netty.handler.codec.haproxy.HAProxyProtocolVersion;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.FastThreadLocalThread;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin port: {@code GET /health/live} (the process runs) and {@code GET /health/ready}
 * (the station listener is up and the downlink is read), for ECS and load balancer health checks,
 * and {@code GET /metrics} in the Prometheus text format.
 *
 * <p>A connection may start with a PROXY protocol v1 or v2 header: an AWS Network Load Balancer
 * whose target group has {@code proxy_protocol_v2.enabled} sends one on its health-check
 * connections too, while the ECS/Docker health check and Prometheus connect without. The header is
 * read and dropped; the admin port has no use for the original client address.
 *
 * <p>Runs on its own single-thread event loop ({@code admin-http}), never on a station event
 * loop, and the Prometheus scrape runs on a separate thread ({@code admin-metrics}), so neither a
 * slow scrape nor a busy admin port can delay station traffic. Connections are kept alive (HTTP/1.1
 * default) until {@link #IDLE_TIMEOUT} without traffic.
 */
final class AdminServer implements AutoCloseable {

    private static final Logger logger = LoggerFactory.getLogger(AdminServer.class);

    /** The content type of the Prometheus text exposition format 0.0.4. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    /** How long a kept-alive connection may stay without traffic before the server closes it. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);

    private static final String JSON = "application/json";
    private static final String UP = "{\"status\":\"UP\"}";
    private static final String DOWN = "{\"status\":\"DOWN\"}";
    private static final String NOT_FOUND = "{\"error\":\"not found\"}";
    private static final String BAD_REQUEST = "{\"error\":\"bad request\"}";

    // Requests have no body: the aggregator only has to hold a request head; larger ones get 413.
    private static final int MAX_INITIAL_LINE = 4096;
    private static final int MAX_HEADER_BYTES = 8192;
    private static final int MAX_REQUEST_BYTES = 8192;
    /** Pipelined requests waiting behind a scrape on one connection; more close the connection. */
    private static final int MAX_QUEUED_REQUESTS = 16;

    private final Channel serverChannel;
    private final EventLoopGroup group;
    private final ExecutorService scrapes;

    private AdminServer(Channel serverChannel, EventLoopGroup group, ExecutorService scrapes) {
        this.serverChannel = serverChannel;
        this.group = group;
        this.scrapes = scrapes;
    }

    /**
     * Starts the admin port.
     *
     * @param ready whether the gateway takes traffic
     * @param metrics the current meters in the Prometheus text format
     */
    static AdminServer start(String bindAddress, int port, BooleanSupplier ready, Supplier<String> metrics)
            throws IOException {
        return start(bindAddress, port, ready, metrics, IDLE_TIMEOUT);
    }

    /** As {@link #start(String, int, BooleanSupplier, Supplier)}, with the idle timeout of kept-alive connections. */
    static AdminServer start(String bindAddress, int port, BooleanSupplier ready, Supplier<String> metrics,
            Duration idleTimeout) throws IOException {
        requireNonNull(bindAddress, "bindAddress");
        requireNonNull(ready, "ready");
        requireNonNull(metrics, "metrics");
        requireNonNull(idleTimeout, "idleTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: " + port + " (expected: 0..65535)");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout: " + idleTimeout + " (expected: > 0)");
        }
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, daemon("admin-http"), NioIoHandler.newFactory());
        ExecutorService scrapes = Executors.newSingleThreadExecutor(daemon("admin-metrics"));
        long idleMillis = idleTimeout.toMillis();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 64)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline()
                                .addLast("idle", new IdleStateHandler(0, 0, idleMillis, TimeUnit.MILLISECONDS))
                                .addLast("proxy-detect", new ProxyHeaderDetector())
                                .addLast("http",
                                        new HttpServerCodec(MAX_INITIAL_LINE, MAX_HEADER_BYTES, MAX_REQUEST_BYTES))
                                .addLast("aggregate", new HttpObjectAggregator(MAX_REQUEST_BYTES))
                                .addLast("admin", new AdminHandler(ready, metrics, scrapes));
                    }
                });
        ChannelFuture bind = bootstrap.bind(new InetSocketAddress(bindAddress, port)).awaitUninterruptibly();
        if (!bind.isSuccess()) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            scrapes.shutdownNow();
            Throwable cause = bind.cause();
            throw cause instanceof IOException io ? io
                    : new IOException("admin port " + bindAddress + ":" + port + ": " + cause, cause);
        }
        return new AdminServer(bind.channel(), group, scrapes);
    }

    int port() {
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    @Override
    public void close() {
        serverChannel.close().awaitUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        scrapes.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new FastThreadLocalThread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Looks at the first bytes of a connection. A PROXY protocol header (v1 {@code "PROXY "}, v2 the
     * 12-byte signature, PROXY protocol spec §2.1 and §2.2) gets an {@link HAProxyMessageDecoder} and
     * a {@link ProxyHeaderDropper} behind this handler; anything else goes to the HTTP codec as it
     * came. Either way this handler then removes itself, and {@link ByteToMessageDecoder} hands the
     * bytes it holds to the next handler.
     */
    static final class ProxyHeaderDetector extends ByteToMessageDecoder {

        @Override
        protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
            ProtocolDetectionResult<HAProxyProtocolVersion> detected = HAProxyMessageDecoder.detectProtocol(in);
            switch (detected.state()) {
                case NEEDS_MORE_DATA -> {
                    // Detection needs 12 bytes; decide sooner when the bytes so far cannot start a header.
                    if (!couldStartProxyHeader(in)) {
                        if (startsLikeHttp(in)) {
                            ctx.pipeline().remove(this);
                        } else {
                            reject(ctx, in);
                        }
                    }
                }
                case DETECTED -> {
                    ctx.pipeline().addAfter(ctx.name(), "proxy-decode", new HAProxyMessageDecoder());
                    ctx.pipeline().addAfter("proxy-decode", "proxy-drop", new ProxyHeaderDropper());
                    ctx.pipeline().remove(this);
                }
                case INVALID -> {
                    if (startsLikeHttp(in)) {
                        ctx.pipeline().remove(this);
                    } else {
                        reject(ctx, in);
                    }
                }
            }
        }

        private static final byte[] V1_PREFIX = "PROXY ".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] V2_SIGNATURE = {
            '\r', '\n', '\r', '\n', 0, '\r', '\n', 'Q', 'U', 'I', 'T', '\n'};

        private static boolean couldStartProxyHeader(ByteBuf in) {
            return isPrefixOf(in, V1_PREFIX) || isPrefixOf(in, V2_SIGNATURE);
        }

        /** Whether the readable bytes, up to the length of {@code signature}, match its start. */
        private static boolean isPrefixOf(ByteBuf in, byte[] signature) {
            int length = Math.min(in.readableBytes(), signature.length);
            for (int i = 0; i < length; i++) {
                if (in.getByte(in.readerIndex() + i) != signature[i]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Neither a PROXY header nor the start of an HTTP/1.1 request: a request line (optionally
         * after empty lines, RFC 9112 §2.2) holds only visible ASCII, spaces, CR and LF, so a
         * corrupted PROXY v2 signature (with its NUL) gets closed here instead of waiting in the
         * HTTP codec for a line end that may never come.
         */
        private static boolean startsLikeHttp(ByteBuf in) {
            int end = in.readerIndex() + Math.min(in.readableBytes(), 12);
            for (int i = in.readerIndex(); i < end; i++) {
                byte b = in.getByte(i);
                if (!(b == '\r' || b == '\n' || b == ' ' || (b > ' ' && b < 0x7f))) {
                    return false;
                }
            }
            return true;
        }

        private static void reject(ChannelHandlerContext ctx, ByteBuf in) {
            logger.info("admin port: connection from {} starts with neither a PROXY protocol header nor an HTTP"
                    + " request, closing", ctx.channel().remoteAddress());
            in.skipBytes(in.readableBytes());
            ctx.close();
        }
    }

    /** Drops the decoded PROXY header (the admin port has no use for the client address), then itself. */
    static final class ProxyHeaderDropper extends ChannelInboundHandlerAdapter {

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HAProxyMessage header) {
                try {
                    logger.debug("admin port: PROXY {} {} header from {}: source {}:{}", header.protocolVersion(),
                            header.command(), ctx.channel().remoteAddress(), header.sourceAddress(),
                            header.sourcePort());
                } finally {
                    header.release();
                }
                ctx.pipeline().remove(this);
            } else {
                ctx.fireChannelRead(msg);
            }
        }
    }

    /** What the handler needs of a request, so the request's buffers are released at once. */
    private record Request(HttpMethod method, String path, HttpVersion version, boolean keepAlive,
            boolean malformed) {}

    /**
     * Answers requests in order. Health checks answer inline; a scrape runs on the scrape thread,
     * and requests pipelined behind it wait in a small queue with reading paused, so responses leave
     * in the order the requests came (RFC 9112 §9.3.2).
     */
    static final class AdminHandler extends ChannelInboundHandlerAdapter {

        private final BooleanSupplier ready;
        private final Supplier<String> metrics;
        private final ExecutorService scrapes;
        private final ArrayDeque<Request> queued = new ArrayDeque<>();
        private boolean scraping;
        /** A response said "Connection: close": later requests on this connection get no answer. */
        private boolean closing;
        private boolean failed;

        AdminHandler(BooleanSupplier ready, Supplier<String> metrics, ExecutorService scrapes) {
            this.ready = ready;
            this.metrics = metrics;
            this.scrapes = scrapes;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (!(msg instanceof FullHttpRequest http)) {
                ReferenceCountUtil.release(msg);
                return;
            }
            Request request;
            try {
                request = new Request(http.method(), new QueryStringDecoder(http.uri()).path(),
                        http.protocolVersion(), HttpUtil.isKeepAlive(http), !http.decoderResult().isSuccess());
                if (request.malformed()) {
                    logger.info("admin port: malformed request from {}, closing: {}", ctx.channel().remoteAddress(),
                            http.decoderResult().cause().toString());
                }
            } finally {
                http.release();
            }
            if (scraping) {
                if (queued.size() >= MAX_QUEUED_REQUESTS) {
                    logger.info("admin port: more than {} pipelined requests from {}, closing", MAX_QUEUED_REQUESTS,
                            ctx.channel().remoteAddress());
                    ctx.close();
                    return;
                }
                queued.add(request);
                return;
            }
            serve(ctx, request);
        }

        private void serve(ChannelHandlerContext ctx, Request request) {
            if (closing) {
                return;
            }
            if (request.malformed()) {
                respond(ctx, request, HttpResponseStatus.BAD_REQUEST, JSON, BAD_REQUEST, false);
                return;
            }
            if (!HttpMethod.GET.equals(request.method()) && !HttpMethod.HEAD.equals(request.method())) {
                respond(ctx, request, HttpResponseStatus.METHOD_NOT_ALLOWED, null, "", request.keepAlive());
                return;
            }
            switch (request.path()) {
                case "/health/live" -> respond(ctx, request, HttpResponseStatus.OK, JSON, UP, request.keepAlive());
                case "/health/ready" -> {
                    boolean isReady = ready.getAsBoolean();
                    respond(ctx, request, isReady ? HttpResponseStatus.OK : HttpResponseStatus.SERVICE_UNAVAILABLE,
                            JSON, isReady ? UP : DOWN, request.keepAlive());
                }
                case "/metrics" -> scrape(ctx, request);
                default -> respond(ctx, request, HttpResponseStatus.NOT_FOUND, JSON, NOT_FOUND, request.keepAlive());
            }
        }

        /** Reads the meters on the scrape thread, then answers back on this connection's event loop. */
        private void scrape(ChannelHandlerContext ctx, Request request) {
            scraping = true;
            ctx.channel().config().setAutoRead(false);
            try {
                scrapes.execute(() -> {
                    String body;
                    try {
                        body = metrics.get();
                    } catch (RuntimeException e) {
                        logger.warn("admin port: reading the meters failed", e);
                        body = null;
                    }
                    String result = body;
                    try {
                        ctx.executor().execute(() -> scraped(ctx, request, result));
                    } catch (RejectedExecutionException e) {
                        // The admin port is shutting down: the connection goes with its event loop.
                    }
                });
            } catch (RejectedExecutionException e) {
                ctx.close();
            }
        }

        private void scraped(ChannelHandlerContext ctx, Request request, String body) {
            scraping = false;
            if (body == null) {
                respond(ctx, request, HttpResponseStatus.INTERNAL_SERVER_ERROR, JSON,
                        "{\"error\":\"metrics unavailable\"}", request.keepAlive());
            } else {
                respond(ctx, request, HttpResponseStatus.OK, PROMETHEUS_TEXT, body, request.keepAlive());
            }
            while (!scraping && !queued.isEmpty()) {
                serve(ctx, queued.poll());
            }
            if (!scraping) {
                queued.clear();
                ctx.channel().config().setAutoRead(true);
            }
        }

        /** HEAD gets the headers GET would get, Content-Length included, and no body (RFC 9110 §9.3.2). */
        private void respond(ChannelHandlerContext ctx, Request request, HttpResponseStatus status,
                String contentType, String body, boolean keepAlive) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ByteBuf content = HttpMethod.HEAD.equals(request.method()) || bytes.length == 0
                    ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(bytes);
            FullHttpResponse response = new DefaultFullHttpResponse(request.version(), status, content);
            if (contentType != null) {
                response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
            }
            if (status.equals(HttpResponseStatus.METHOD_NOT_ALLOWED)) {
                response.headers().set(HttpHeaderNames.ALLOW, "GET, HEAD");
            }
            HttpUtil.setContentLength(response, bytes.length);
            HttpUtil.setKeepAlive(response, keepAlive);
            ChannelFuture written = ctx.writeAndFlush(response);
            if (!keepAlive) {
                closing = true;
                written.addListener(ChannelFutureListener.CLOSE);
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt instanceof IdleStateEvent) {
                if (!scraping) {
                    ctx.close();
                }
                return;
            }
            ctx.fireUserEventTriggered(evt);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            SocketAddress remote = ctx.channel().remoteAddress();
            if (failed) {
                // A decoder may still report on bytes that followed the first failure: one line is enough.
                logger.debug("admin port: connection from {} also failed: {}", remote, cause.toString());
            } else if (cause instanceof IOException) {
                logger.debug("admin port: connection from {} failed: {}", remote, cause.toString());
            } else {
                logger.info("admin port: closing the connection from {}: {}", remote, cause.toString());
            }
            failed = true;
            ctx.close();
        }
    }
}
