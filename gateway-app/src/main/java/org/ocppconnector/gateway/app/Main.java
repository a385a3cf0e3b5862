package org.ocppconnector.gateway.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.app.stdio.StdioBridge;
import org.ocppconnector.gateway.app.stdio.StdioBridgeConfig;
import org.ocppconnector.gateway.core.GatewayConfig;
import org.ocppconnector.gateway.core.GatewayServer;
import org.ocppconnector.gateway.core.bridge.DownlinkSource;
import org.ocppconnector.gateway.core.bridge.UplinkPublisher;
import org.ocppconnector.gateway.core.security.StationAuthenticator;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.kinesis.KinesisBridge;
import org.ocppconnector.gateway.kinesis.KinesisBridgeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * Starts the gateway from environment variables: the bridge ({@code GATEWAY_BRIDGE}: Kinesis, or
 * stdout/stdin), the station server for every OCPP version on the class path, and the admin port.
 * Exits 0 after a clean shutdown on SIGTERM, 2 on invalid configuration.
 */
public final class Main {

    // Runs before the logger below initializes logback. In stdio mode stdout carries only events:
    // logback's console target and anything a library prints to System.out go to stderr instead
    // (the bridge writes to file descriptor 1 itself).
    static {
        if (AppConfig.bridgeKind(System.getenv()) == AppConfig.BridgeKind.STDIO) {
            System.setProperty("LOG_TARGET", "System.err");
            System.setOut(System.err);
        }
        // LOG_FORMAT=json: logback-json.xml instead of logback.xml, unless the operator named a file.
        if (AppConfig.logFormat(System.getenv()) == AppConfig.LogFormat.JSON
                && System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-json.xml");
        }
    }

    /**
     * How long the Kinesis bridge waits on shutdown for the fan-out consumer's deregistration and,
     * again, for the uplink to flush. With the default drain window of 15 s the whole shutdown
     * stays within ECS's default stop timeout of 30 s even when AWS does not answer:
     * 15 s + about 1 s + 4 s + 4 s + at most 5 s for the last CloudWatch publish. When AWS
     * answers, the whole shutdown takes about the drain window plus one second.
     */
    static final Duration KINESIS_SHUTDOWN_TIMEOUT = Duration.ofSeconds(4);
    /** How long after the drain window the stations' sockets may take to close. */
    static final Duration DRAIN_GRACE = Duration.ofSeconds(1);

    private static final Logger logger = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("hash-password")) {
            System.exit(HashPassword.run(args));
            return;
        }
        AppConfig config;
        try {
            config = AppConfig.fromEnv(System.getenv());
        } catch (ConfigException e) {
            logger.error("invalid configuration: {}", e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Gateway gateway;
        try {
            gateway = Gateway.start(config, protocols());
        } catch (ConfigException e) {
            logger.error("invalid configuration: {}", e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            stopped.countDown();
            // A JVM ended by SIGTERM exits with 143 even after a clean shutdown; ECS and
            // operators read a non-zero code as a failure, so a completed drain exits 0.
            Runtime.getRuntime().halt(0);
        }, "shutdown"));
        stopped.await();
    }

    /** The served versions: every {@link OcppProtocol} on the class path, newest first (the station's order decides). */
    static List<OcppProtocol> protocols() {
        return ServiceLoader.load(OcppProtocol.class).stream()
                .map(ServiceLoader.Provider::get)
                .sorted((a, b) -> b.version().compareTo(a.version()))
                .toList();
    }

    /**
     * The registry behind {@code GET /metrics}. The untagged {@code ocpp.stations.connected.total}
     * (for CloudWatch, where a sum over tags is not available) is left out: Prometheus names drop
     * a {@code _total} suffix from gauges, so it would collide with the tagged
     * {@code ocpp_stations_connected}, whose {@code sum()} is the same number.
     */
    static PrometheusMeterRegistry newPrometheusRegistry() {
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        prometheus.config().meterFilter(MeterFilter.deny(id -> id.getName().equals("ocpp.stations.connected.total")));
        return prometheus;
    }

    /** The uplink and downlink of the chosen bridge, and how to close them. */
    private record Bridge(UplinkPublisher uplink, DownlinkSource downlink, Runnable closer) {}

    /** The running parts of one gateway process, closed in order. */
    static final class Gateway implements AutoCloseable {
        private final Bridge bridge;
        private final GatewayServer server;
        private final AdminServer admin;
        private final JvmGcMetrics gcMetrics;
        private final StationAuthenticator authenticator;
        private final @Nullable CloudWatchMetrics cloudWatch;
        private final Duration drainWindow;
        private volatile boolean stopping;

        private Gateway(Bridge bridge, GatewayServer server, AdminServer admin, JvmGcMetrics gcMetrics,
                StationAuthenticator authenticator, @Nullable CloudWatchMetrics cloudWatch, Duration drainWindow) {
            this.authenticator = authenticator;
            this.bridge = bridge;
            this.server = server;
            this.admin = admin;
            this.gcMetrics = gcMetrics;
            this.cloudWatch = cloudWatch;
            this.drainWindow = drainWindow;
        }

        static Gateway start(AppConfig config, List<OcppProtocol> protocols) throws Exception {
            // Before the bridge: an unreadable credentials file stops the start with exit code 2.
            StationAuthenticator authenticator = config.security().startAuthenticator();
            GatewayConfig gatewayConfig = config.gateway().withSecurity(config.security().toSecurityConfig(authenticator));
            // Prometheus gets every meter; CloudWatch, when configured, its filtered set.
            PrometheusMeterRegistry prometheus = newPrometheusRegistry();
            CompositeMeterRegistry meters = new CompositeMeterRegistry();
            meters.add(prometheus);
            AppConfig.CloudWatchSettings cloudWatchSettings = config.operations().cloudWatch();
            CloudWatchMetrics cloudWatch = cloudWatchSettings == null ? null : CloudWatchMetrics.start(
                    cloudWatchSettings, DefaultCredentialsProvider.builder().build(),
                    io.micrometer.core.instrument.Clock.SYSTEM);
            if (cloudWatch != null) {
                meters.add(cloudWatch.registry());
            }
            new JvmMemoryMetrics().bindTo(meters);
            new JvmThreadMetrics().bindTo(meters);
            JvmGcMetrics gcMetrics = new JvmGcMetrics();
            gcMetrics.bindTo(meters);
            Bridge bridge = switch (config.bridge()) {
                case AppConfig.KinesisSettings k -> kinesis(config, k, meters);
                case AppConfig.StdioSettings s -> stdio(s);
            };
            GatewayServer server;
            try {
                server = GatewayServer.start(gatewayConfig, protocols, bridge.uplink(), bridge.downlink(),
                        Clock.systemUTC(), meters);
            } catch (Exception e) {
                bridge.closer().run();
                gcMetrics.close();
                authenticator.close();
                if (cloudWatch != null) {
                    cloudWatch.close();
                }
                if (e instanceof IllegalArgumentException && config.security().tls() != null) {
                    // The PEM files are read at the start: name the variables that point at them.
                    throw new ConfigException("GATEWAY_TLS_CERT/GATEWAY_TLS_KEY/GATEWAY_TLS_CLIENT_CA: " + e.getMessage());
                }
                throw e;
            }
            Gateway[] self = new Gateway[1];
            AdminServer admin = AdminServer.start(config.gateway().bindAddress(), config.adminPort(),
                    () -> self[0] != null && !self[0].stopping && server.isReady(), prometheus::scrape);
            self[0] = new Gateway(bridge, server, admin, gcMetrics, authenticator, cloudWatch, config.operations().drainWindow());
            logger.info("admin port {}: GET /health/live, /health/ready, /metrics", admin.port());
            return self[0];
        }

        /**
         * Not ready first (the load balancer stops sending), then the listener stops accepting and
         * the stations are closed over the drain window; then the downlink (its fan-out consumer
         * deregistered) and the uplink, flushed with the stations' disconnect events; the last
         * CloudWatch publish; the admin port last.
         */
        @Override
        public void close() {
            stopping = true;
            logger.info("shutting down: closing {} stations over {}, then flushing the uplink",
                    server.connectedStations(), drainWindow);
            server.close(drainWindow, DRAIN_GRACE);
            bridge.closer().run();
            if (cloudWatch != null) {
                cloudWatch.close();
            }
            admin.close();
            gcMetrics.close();
            authenticator.close();
            logger.info("shutdown complete");
        }

        private static Bridge kinesis(AppConfig config, AppConfig.KinesisSettings k, MeterRegistry meters) {
            KinesisBridgeConfig bridgeConfig = KinesisBridgeConfig.builder(k.uplinkStream(), k.downlinkStream(),
                            config.gateway().gatewayId())
                    .region(k.region())
                    .endpointOverride(k.endpoint())
                    .downlinkMode(k.downlinkMode() == AppConfig.DownlinkMode.EFO
                            ? KinesisBridgeConfig.DownlinkMode.ENHANCED_FAN_OUT
                            : KinesisBridgeConfig.DownlinkMode.POLLING)
                    .publishDeadline(k.publishDeadline())
                    .shutdownTimeout(KINESIS_SHUTDOWN_TIMEOUT)
                    .build();
            KinesisBridge bridge = KinesisBridge.create(bridgeConfig, DefaultCredentialsProvider.builder().build(),
                    meters);
            return new Bridge(bridge.uplink(), bridge.downlink(), bridge::close);
        }

        private static Bridge stdio(AppConfig.StdioSettings s) {
            StdioBridge bridge = StdioBridge.create(StdioBridgeConfig.withBufferCapacity(s.bufferEvents()));
            logger.info("stdio bridge: events go to stdout as CloudEvent JSON lines, commands and replies are "
                    + "read from stdin; logs go to stderr");
            return new Bridge(bridge.uplink(), bridge.downlink(), bridge::close);
        }
    }
}
