package org.ocppconnector.gateway.app;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import org.ocppconnector.gateway.core.GatewayServer;
import org.ocppconnector.gateway.core.spi.OcppProtocol;
import org.ocppconnector.gateway.kinesis.KinesisBridge;
import org.ocppconnector.gateway.kinesis.KinesisBridgeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the gateway from environment variables: the Kinesis bridge, the station server for
 * every OCPP version on the class path, and the admin port. Exits 0 after a clean shutdown on
 * SIGTERM, 2 on invalid configuration.
 */
public final class Main {

    private static final Logger logger = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) throws Exception {
        AppConfig config;
        try {
            config = AppConfig.fromEnv(System.getenv());
        } catch (ConfigException e) {
            logger.error("invalid configuration: {}", e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Gateway gateway = Gateway.start(config, protocols());
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

    /** The running parts of one gateway process, closed in order. */
    static final class Gateway implements AutoCloseable {
        private final KinesisBridge bridge;
        private final GatewayServer server;
        private final AdminServer admin;
        private volatile boolean stopping;

        private Gateway(KinesisBridge bridge, GatewayServer server, AdminServer admin) {
            this.bridge = bridge;
            this.server = server;
            this.admin = admin;
        }

        static Gateway start(AppConfig config, List<OcppProtocol> protocols) throws Exception {
            AppConfig.KinesisSettings k = config.kinesis();
            KinesisBridgeConfig bridgeConfig = KinesisBridgeConfig.builder(k.uplinkStream(), k.downlinkStream(),
                            config.gateway().gatewayId())
                    .region(k.region())
                    .endpointOverride(k.endpoint())
                    .downlinkMode(k.downlinkMode() == AppConfig.DownlinkMode.EFO
                            ? KinesisBridgeConfig.DownlinkMode.ENHANCED_FAN_OUT
                            : KinesisBridgeConfig.DownlinkMode.POLLING)
                    .publishDeadline(k.publishDeadline())
                    .build();
            KinesisBridge bridge = KinesisBridge.create(bridgeConfig);
            GatewayServer server;
            try {
                server = GatewayServer.start(config.gateway(), protocols, bridge.uplink(), bridge.downlink(),
                        Clock.systemUTC());
            } catch (Exception e) {
                bridge.close();
                throw e;
            }
            Gateway[] self = new Gateway[1];
            AdminServer admin = AdminServer.start(config.gateway().bindAddress(), config.adminPort(),
                    () -> self[0] != null && !self[0].stopping && server.isReady());
            self[0] = new Gateway(bridge, server, admin);
            logger.info("admin port {}: GET /health/live, /health/ready", admin.port());
            return self[0];
        }

        /** Not ready first (the load balancer stops sending), then stations, then the streams. */
        @Override
        public void close() {
            stopping = true;
            logger.info("shutting down: closing stations, then flushing the uplink");
            server.close(Duration.ofSeconds(10));
            bridge.close();
            admin.close();
            logger.info("shutdown complete");
        }
    }
}
