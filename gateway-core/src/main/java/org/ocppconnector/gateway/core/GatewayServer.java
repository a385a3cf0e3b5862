package org.ocppconnector.gateway.core;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.core.bridge.DownlinkSource;
import org.ocppconnector.gateway.core.bridge.UplinkPublisher;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.core.security.StationAuthenticator;
import org.ocppconnector.gateway.core.spi.Decoded;
import org.ocppconnector.gateway.core.spi.Direction;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway: a WebSocket server for stations, bridged to an uplink publisher and a downlink
 * source. The core's one entry point.
 *
 * <pre>{@code
 * GatewayServer server = GatewayServer.start(config, List.of(new Ocpp16Protocol()), uplink, downlink, Clock.systemUTC());
 * ...
 * server.close();
 * }</pre>
 */
public final class GatewayServer implements AutoCloseable {

    private static final Logger logger = LoggerFactory.getLogger(GatewayServer.class);
    /** Close reason of the stations on shutdown (with code 1001, going away). */
    static final String SHUTDOWN_REASON = "gateway shutting down";

    private final GatewayConfig config;
    private final EventLoopGroup bossGroup;
    private final EventLoopGroup ioGroup;
    private final Channel serverChannel;
    private final SessionRegistry registry;
    private final DownlinkSource downlink;
    private final GatewayMetrics metrics;
    private @Nullable ServerTls tls;
    private final AtomicBoolean closed = new AtomicBoolean();

    private GatewayServer(GatewayConfig config, EventLoopGroup bossGroup, EventLoopGroup ioGroup,
            Channel serverChannel, SessionRegistry registry, DownlinkSource downlink, GatewayMetrics metrics) {
        this.config = config;
        this.bossGroup = bossGroup;
        this.ioGroup = ioGroup;
        this.serverChannel = serverChannel;
        this.registry = registry;
        this.downlink = downlink;
        this.metrics = metrics;
    }

    /**
     * Binds the station listener and starts reading the downlink. Returns once the listener is
     * bound; {@link #isReady()} tells when the downlink is read too.
     *
     * @param protocols the versions served, in the gateway's order (the station's order decides)
     * @throws IllegalArgumentException if a configured action policy does not fit the versions
     * @throws InterruptedException if interrupted while binding
     */
    public static GatewayServer start(GatewayConfig config, List<OcppProtocol> protocols, UplinkPublisher uplink,
            DownlinkSource downlink, Clock clock) throws InterruptedException {
        // A registry without children: every meter is a no-op.
        return start(config, protocols, uplink, downlink, clock, new CompositeMeterRegistry());
    }

    /**
     * As {@link #start(GatewayConfig, List, UplinkPublisher, DownlinkSource, Clock)}, recording the
     * {@code ocpp.*} meters (stations, handshakes, frames, errors, ack latency) in {@code meters}.
     * Every meter is registered here, before the first station connects.
     */
    public static GatewayServer start(GatewayConfig config, List<OcppProtocol> protocols, UplinkPublisher uplink,
            DownlinkSource downlink, Clock clock, MeterRegistry meters) throws InterruptedException {
        requireNonNull(config, "config");
        requireNonNull(protocols, "protocols");
        requireNonNull(uplink, "uplink");
        requireNonNull(downlink, "downlink");
        requireNonNull(clock, "clock");
        requireNonNull(meters, "meters");
        if (protocols.isEmpty()) {
            throw new IllegalArgumentException("protocols: empty (expected: at least one OCPP version)");
        }
        validatePolicies(config.actionPolicies(), protocols);

        GatewayMetrics metrics = new GatewayMetrics(meters, protocols);
        SessionRegistry registry = new SessionRegistry(1024);
        CommandRouter router = new CommandRouter(config, registry, clock);
        SessionContext ctx = new SessionContext(config, OcppJson.newMapper(), uplink,
                new UplinkEvents(config.gatewayId(), clock), clock, registry, router, metrics);
        ReadGate readGate = new ReadGate(registry, metrics);
        uplink.setBackpressureListener(readGate);

        if (config.security().authenticator() == StationAuthenticator.open()) {
            logger.warn("open mode: any station can connect; for local development only");
        }
        // Reads the PEM files now: a bad certificate fails the start, not the first station.
        ServerTls tls = config.security().tls() == null ? null
                : ServerTls.start(config.security().tls());
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("ocpp-accept"),
                NioIoHandler.newFactory());
        EventLoopGroup io = new MultiThreadIoEventLoopGroup(config.ioThreads(), new DefaultThreadFactory("ocpp-io"),
                NioIoHandler.newFactory());
        try {
            GatewayChannelInitializer initializer = new GatewayChannelInitializer(ctx,
                    new UpgradeHandler(config, protocols, metrics), readGate, tls);
            ServerBootstrap bootstrap = new ServerBootstrap()
                    .group(boss, io)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    // The connection cap runs on the listening channel, before a connection gets a pipeline.
                    .handler(initializer.connectionLimiter())
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.SO_KEEPALIVE, true)
                    .childHandler(initializer);
            Channel channel = bootstrap.bind(config.bindAddress(), config.port()).sync().channel();
            GatewayServer server = new GatewayServer(config, boss, io, channel, registry, downlink, metrics);
            server.tls = tls;
            // Held commands expire even if no station ever connects to take them.
            io.next().scheduleAtFixedRate(() -> router.purgeExpired(clock.instant()), 1, 1, TimeUnit.SECONDS);
            downlink.start(router::accept).whenComplete((v, error) -> {
                if (error != null) {
                    logger.error("downlink reader failed to start", error);
                } else {
                    logger.info("downlink reader ready");
                }
            });
            logger.info("gateway {} listening on {} for {} (path {}{stationId})", config.gatewayId(),
                    channel.localAddress(), protocols.stream().map(OcppProtocol::subprotocol).toList(),
                    config.pathPrefix());
            logger.info("station security: {}, {}, minimum profile {}", config.security().authenticator().describe(),
                    tls != null ? (tls.clientCertificates() ? "TLS with optional client certificates" : "TLS")
                    : config.security().tlsTerminatedUpstream() ? "TLS terminated upstream" : "plain WebSocket",
                    config.security().minimumProfile());
            return server;
        } catch (RuntimeException | InterruptedException e) {
            metrics.close();
            if (tls != null) {
                tls.close();
            }
            boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            io.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw e;
        }
    }

    private static void validatePolicies(Map<String, ActionPolicy> policies, List<OcppProtocol> protocols) {
        for (Map.Entry<String, ActionPolicy> entry : policies.entrySet()) {
            String key = entry.getKey();
            int colon = key.indexOf(':');
            String version = colon < 0 ? null : key.substring(0, colon);
            String action = colon < 0 ? key : key.substring(colon + 1);
            List<OcppProtocol> matching = new ArrayList<>();
            for (OcppProtocol protocol : protocols) {
                if ((version == null || protocol.version().equals(version))
                        && protocol.actions(Direction.STATION_TO_CSMS).contains(action)) {
                    matching.add(protocol);
                }
            }
            if (matching.isEmpty()) {
                throw new IllegalArgumentException("actionPolicies." + key
                        + ": not a station-to-CSMS action of a served OCPP version");
            }
            ActionPolicy policy = entry.getValue();
            if (policy.response() != null) {
                for (OcppProtocol protocol : matching) {
                    if (protocol.decodeResponse(action, policy.response()) instanceof Decoded.Invalid invalid) {
                        throw new IllegalArgumentException("actionPolicies." + key + ".response: not a valid OCPP "
                                + protocol.version() + " " + action + " response: " + invalid.description());
                    }
                }
            }
        }
    }

    /** The address the station listener is bound to (with the real port when configured with 0). */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /** Ready for traffic: the listener is open and the downlink reader reads every shard. */
    public boolean isReady() {
        return serverChannel.isActive() && downlink.isReady();
    }

    /** Stations connected to this instance. */
    public int connectedStations() {
        return registry.size();
    }

    /**
     * Stops accepting, closes every station at once with 1001 (going away) so it reconnects
     * elsewhere, stops the downlink reader and the event loops. The uplink publisher belongs to the
     * caller, who closes it afterwards so the disconnect events are flushed.
     */
    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }

    /** As {@link #close()}, waiting up to {@code timeout} for the stations' sockets to close. */
    public void close(Duration timeout) {
        close(Duration.ZERO, timeout);
    }

    /**
     * Graceful shutdown. Stops accepting (so {@link #isReady()} turns false), then closes the
     * stations with 1001 (going away) spread evenly over {@code drainWindow}: in a random order,
     * each at a random moment of its own slice of the window, so the stations reconnect to the
     * other instances as a trickle rather than a wave. Commands keep reaching the stations not yet
     * closed. Returns once every station closed and its disconnect event was handed to the uplink
     * (or {@code timeout} after the window), after stopping the downlink reader and the event
     * loops. The uplink publisher belongs to the caller, who closes it afterwards to flush those
     * events. Idempotent.
     *
     * @param drainWindow the time over which stations are closed; {@link Duration#ZERO} closes all at once
     * @param timeout how long after the window to wait for the last sockets to close
     */
    public void close(Duration drainWindow, Duration timeout) {
        requireNonNull(drainWindow, "drainWindow");
        requireNonNull(timeout, "timeout");
        if (drainWindow.isNegative() || timeout.isNegative()) {
            throw new IllegalArgumentException("drainWindow, timeout: " + drainWindow + ", " + timeout
                    + " (expected: >= 0)");
        }
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        serverChannel.close().awaitUninterruptibly();
        long deadline = System.nanoTime() + drainWindow.toNanos() + timeout.toNanos();
        List<StationSession> sessions = new ArrayList<>(registry.all());
        Random random = new Random();
        Collections.shuffle(sessions, random);
        if (!sessions.isEmpty()) {
            logger.info("draining {} stations over {}: closing each with 1001", sessions.size(), drainWindow);
        }
        long window = drainWindow.toNanos();
        int count = sessions.size();
        List<CompletableFuture<Void>> closing = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StationSession session = sessions.get(i);
            closing.add(session.whenClosed().toCompletableFuture());
            // Slice i of count, at a random point inside it: even spread, with jitter.
            long delay = (long) ((i + random.nextDouble()) * window / count);
            session.schedule(() -> StationChannelHandler.closeWith(session.channel(),
                    WebSocketCloseStatus.ENDPOINT_UNAVAILABLE.code(), SHUTDOWN_REASON), delay, TimeUnit.NANOSECONDS);
        }
        awaitClosed(closing, deadline);
        // Handshakes that completed after the listener closed were not in the snapshot.
        List<CompletableFuture<Void>> late = new ArrayList<>();
        for (StationSession session : registry.all()) {
            late.add(session.whenClosed().toCompletableFuture());
            session.execute(() -> StationChannelHandler.closeWith(session.channel(),
                    WebSocketCloseStatus.ENDPOINT_UNAVAILABLE.code(), SHUTDOWN_REASON));
        }
        awaitClosed(late, Math.max(deadline, System.nanoTime() + TimeUnit.SECONDS.toNanos(1)));
        downlink.close();
        // Runs what is still queued on the loops (closes, disconnect events) before they stop.
        ioGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
        bossGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
        metrics.close();
        if (tls != null) {
            tls.close();
        }
        logger.info("gateway {} stopped", config.gatewayId());
    }

    private void awaitClosed(List<CompletableFuture<Void>> closing, long deadlineNanos) {
        if (closing.isEmpty()) {
            return;
        }
        try {
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new))
                    .get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            long open = closing.stream().filter(f -> !f.isDone()).count();
            logger.warn("{} stations still open at the end of the drain; the event loops' shutdown closes them", open);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a station's close failed", e);
        }
    }
}
