package org.ocppconnector.gateway.loadtest;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import io.netty.resolver.NoopAddressResolverGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * What every simulated station shares: the event loops (a few threads hold thousands of
 * stations), the connection settings, the TLS context and the gateway's address, resolved once.
 */
final class StationClient implements AutoCloseable {

    private final LoadOptions options;
    private final EventLoopGroup group;
    private final List<EventLoop> loops;
    private final Bootstrap prototype;
    private final InetSocketAddress remote;
    private final @Nullable SslContext ssl;

    StationClient(LoadOptions options) throws UnknownHostException, SSLException {
        this.options = options;
        URI url = options.url();
        boolean tls = url.getScheme().toLowerCase(Locale.ROOT).equals("wss");
        int port = url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
        // One lookup here; the event loops never resolve names.
        this.remote = new InetSocketAddress(InetAddress.getByName(url.getHost()), port);
        if (tls) {
            SslContextBuilder builder = SslContextBuilder.forClient().protocols("TLSv1.3", "TLSv1.2");
            if (options.tlsTrustAll()) {
                builder.trustManager(InsecureTrustManagerFactory.INSTANCE);
            } else if (options.tlsCa() != null) {
                builder.trustManager(options.tlsCa().toFile());
            }
            this.ssl = builder.build();
        } else {
            this.ssl = null;
        }
        this.group = new MultiThreadIoEventLoopGroup(options.threads(), new DefaultThreadFactory("station", true),
                NioIoHandler.newFactory());
        List<EventLoop> all = new ArrayList<>();
        for (var executor : group) {
            all.add((EventLoop) executor);
        }
        this.loops = List.copyOf(all);
        this.prototype = new Bootstrap()
                .channel(NioSocketChannel.class)
                .resolver(NoopAddressResolverGroup.INSTANCE)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS,
                        (int) Math.min(Integer.MAX_VALUE, options.connectTimeout().toMillis()));
    }

    LoadOptions options() {
        return options;
    }

    /** The event loop station {@code index} lives on, for all its connections. */
    EventLoop loopOf(int index) {
        return loops.get(index % loops.size());
    }

    List<EventLoop> loops() {
        return loops;
    }

    /** A bootstrap whose channels register on {@code loop}. */
    Bootstrap bootstrap(EventLoop loop) {
        return prototype.clone(loop);
    }

    InetSocketAddress remote() {
        return remote;
    }

    /** The source address of station {@code index}, or null to let the system choose. */
    @Nullable InetSocketAddress localAddress(int index) {
        List<InetAddress> addresses = options.localAddresses();
        return addresses.isEmpty() ? null : new InetSocketAddress(addresses.get(index % addresses.size()), 0);
    }

    @Nullable SslContext ssl() {
        return ssl;
    }

    /** The station's WebSocket URL: the endpoint, a slash, the id. */
    URI stationUri(String stationId) {
        return URI.create(options.url() + "/" + stationId);
    }

    /**
     * Returns once every event loop has run a selector pass since the call. A closed NIO socket
     * keeps its file descriptor until its selector deregisters the key, which happens on the
     * loop's next select, after the close future completed: reconnecting thousands of stations
     * right after dropping them could otherwise need twice their file descriptors at once.
     */
    void settle() throws InterruptedException {
        for (int round = 0; round < 2; round++) {
            for (EventLoop loop : loops) {
                try {
                    loop.submit(() -> { }).get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("event loop did not run a task: " + e, e);
                }
            }
        }
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
