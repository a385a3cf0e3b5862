package org.ocppconnector.gateway.core;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.ocppconnector.gateway.core.bridge.UplinkPublisher;
import org.ocppconnector.gateway.core.rpc.OcppJson;
import org.ocppconnector.gateway.core.spi.OcppProtocol;

/**
 * One station connection through the gateway's station pipeline, on an {@link EmbeddedChannel}
 * instead of a socket: bytes written inbound are what the station sent, bytes read outbound are
 * what the gateway answered. For benchmarks of the per-message path without the kernel and
 * without thread hops.
 *
 * <p>It lives in the core's package (in the benchmarks module, never in the gateway's jar) because
 * the pipeline's handlers are package-private; the benchmarks use nothing else from here. The
 * handlers, their order and their settings are those of {@link GatewayChannelInitializer} for a
 * plain connection (no TLS, no PROXY protocol), except:
 * <ul>
 *   <li>the message rate limit is set so high that it never refuses (it still runs per message),
 *       since one benchmark station sends far more than a real one may;
 *   <li>the handshake rate limit is off (it runs once per connection, not per message);
 *   <li>WebSocket pings are off, so that nothing but answers comes out between two CALLs.
 * </ul>
 * Everything runs on the calling thread, which the embedded event loop counts as its own: an
 * uplink future completed by the caller runs the session's completion inline, where the real
 * gateway would hop back onto the channel's loop.
 */
public final class EmbeddedStation implements AutoCloseable {

    /** The gateway id in the events' {@code source}. */
    public static final String GATEWAY_ID = "bench-gateway";

    private final EmbeddedChannel channel;
    private final GatewayMetrics metrics;

    private EmbeddedStation(EmbeddedChannel channel, GatewayMetrics metrics) {
        this.channel = channel;
        this.metrics = metrics;
    }

    /**
     * Opens a connection, performs the WebSocket upgrade for {@code stationId} with {@code
     * protocol}'s subprotocol and returns once the session exists; the upgrade response is read
     * and released, the {@code ocpp.station.connected} event is published to {@code uplink}.
     *
     * @param served the versions the gateway serves; must contain {@code protocol}
     * @param meters where the {@code ocpp.*} meters are recorded
     * @throws IllegalStateException if the upgrade is not answered with 101
     */
    public static EmbeddedStation connect(OcppProtocol protocol, List<OcppProtocol> served, UplinkPublisher uplink,
            MeterRegistry meters, String stationId) {
        requireNonNull(protocol, "protocol");
        requireNonNull(uplink, "uplink");
        if (!served.contains(protocol)) {
            throw new IllegalArgumentException("served: " + served + " (expected: to contain " + protocol + ")");
        }
        GatewayConfig config = GatewayConfig.builder()
                .gatewayId(GATEWAY_ID)
                .pingInterval(Duration.ZERO)
                .limits(GatewayConfig.Limits.builder()
                        .handshakesPerSecondPerAddress(0)
                        .stationMessagesPerSecond(Integer.MAX_VALUE)
                        .stationMessageBurst(Integer.MAX_VALUE)
                        .build())
                .build();
        Clock clock = Clock.systemUTC();
        GatewayMetrics metrics = new GatewayMetrics(meters, served);
        SessionRegistry registry = new SessionRegistry(16);
        SessionContext ctx = new SessionContext(config, OcppJson.newMapper(), uplink,
                new UplinkEvents(config.gatewayId(), clock), clock, registry, new CommandRouter(config, registry, clock),
                metrics);
        ReadGate readGate = new ReadGate(registry, metrics);
        uplink.setBackpressureListener(readGate);
        UpgradeHandler upgrade = new UpgradeHandler(config, served, metrics);
        EmbeddedChannel channel = new EmbeddedChannel(new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel ch) {
                // As GatewayChannelInitializer.initChannel, without the optional TLS and PROXY handlers.
                ChannelPipeline p = ch.pipeline();
                p.addLast("writeStall", new WriteStallGuard(config.limits().writeStallTimeout(), metrics,
                        WriteStallGuard.stallLog()));
                p.addLast("http", new HttpServerCodec(4096, 8 * 1024, 8192));
                p.addLast("httpAggregator", new HttpObjectAggregator(8 * 1024));
                p.addLast("upgrade", upgrade);
                p.addLast("fragments", new WebSocketFrameAggregator(config.maxFrameBytes()));
                p.addLast("messageRate", new MessageRateLimiter(ctx, MessageRateLimiter.refusalLog()));
                p.addLast("station", new StationChannelHandler(ctx, readGate, 0));
            }
        });
        String request = "GET " + config.pathPrefix() + stationId + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:8080\r\n"
                + "Upgrade: websocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Protocol: " + protocol.subprotocol() + "\r\n"
                + "\r\n";
        channel.writeInbound(Unpooled.copiedBuffer(request, StandardCharsets.US_ASCII));
        // The authenticator's answer continues the upgrade as a task on the channel's loop.
        channel.runPendingTasks();
        ByteBuf response = channel.readOutbound();
        if (response == null) {
            channel.finishAndReleaseAll();
            throw new IllegalStateException("no answer to the WebSocket upgrade");
        }
        String status;
        try {
            status = response.toString(StandardCharsets.US_ASCII);
        } finally {
            response.release();
        }
        if (!status.startsWith("HTTP/1.1 101")) {
            channel.finishAndReleaseAll();
            throw new IllegalStateException("upgrade refused: " + status.lines().findFirst().orElse(""));
        }
        if (registry.get(stationId) == null) {
            channel.finishAndReleaseAll();
            throw new IllegalStateException("no session for " + stationId + " after the upgrade");
        }
        return new EmbeddedStation(channel, metrics);
    }

    /** The connection: write the station's bytes inbound, read the gateway's outbound. */
    public EmbeddedChannel channel() {
        return channel;
    }

    /** Closes the connection (publishing its disconnect event) and releases what is left in it. */
    @Override
    public void close() {
        channel.finishAndReleaseAll();
        metrics.close();
    }
}
