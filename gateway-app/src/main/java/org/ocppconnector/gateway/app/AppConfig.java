package org.ocppconnector.gateway.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ocppconnector.gateway.app.stdio.StdioBridgeConfig;
import org.ocppconnector.gateway.core.ActionPolicy;
import org.ocppconnector.gateway.core.GatewayConfig;
import org.ocppconnector.gateway.core.rpc.OcppJson;

/**
 * The whole configuration of the process, read from environment variables (ECS style). Every
 * variable, its default and meaning is listed in the README; invalid values fail the start with
 * a message naming the variable.
 *
 * @param gateway the station server settings
 * @param adminPort port of {@code /health/live} and {@code /health/ready}
 * @param bridge what carries the events ({@code GATEWAY_BRIDGE}) and its settings
 * @param security station authentication and TLS ({@code GATEWAY_AUTH}, {@code GATEWAY_TLS_*})
 */
record AppConfig(GatewayConfig gateway, int adminPort, BridgeSettings bridge, SecuritySettings security) {

    /** The variable choosing the bridge. */
    static final String BRIDGE_VARIABLE = "GATEWAY_BRIDGE";

    /** What carries the events between stations and backends. */
    enum BridgeKind {
        /** Two Kinesis streams: the production setup. */
        KINESIS,
        /** JSON lines on stdout and stdin: for trying the gateway with a charger, and for benchmarks. */
        STDIO
    }

    /** The settings of the chosen bridge. */
    sealed interface BridgeSettings permits KinesisSettings, StdioSettings {}

    /** Where the streams are and how the downlink is read. */
    record KinesisSettings(
            String uplinkStream,
            String downlinkStream,
            @Nullable URI endpoint,
            @Nullable String region,
            DownlinkMode downlinkMode,
            Duration publishDeadline) implements BridgeSettings {}

    /** @param bufferEvents events the stdout writer holds before publishes fail ({@code GATEWAY_STDIO_BUFFER}) */
    record StdioSettings(int bufferEvents) implements BridgeSettings {}

    /** How the downlink stream is read. */
    enum DownlinkMode {
        /** RegisterStreamConsumer + SubscribeToShard, one consumer per instance. */
        EFO,
        /** GetRecords polling of every shard. */
        POLLING
    }

    static AppConfig fromEnv(Map<String, String> variables) {
        Env env = new Env(variables);
        ObjectMapper mapper = OcppJson.newMapper();
        Map<String, ActionPolicy> policies = env.get(PolicyTable.VARIABLE)
                .map(raw -> PolicyTable.parse(raw, mapper))
                .orElse(Map.of());
        String gatewayId = env.get("GATEWAY_ID").orElseGet(() -> defaultGatewayId(env));
        GatewayConfig gateway;
        try {
            gateway = GatewayConfig.builder()
                    .gatewayId(gatewayId)
                    .bindAddress(env.string("GATEWAY_BIND_ADDRESS", "0.0.0.0"))
                    .port(env.integer("GATEWAY_PORT", 8080, 0, 65535))
                    .pathPrefix(env.string("GATEWAY_PATH_PREFIX", "/ocpp/"))
                    .pingInterval(env.seconds("GATEWAY_PING_INTERVAL_SECONDS", Duration.ofSeconds(60), 0, 3600))
                    .handshakeTimeout(env.seconds("GATEWAY_HANDSHAKE_TIMEOUT_SECONDS", Duration.ofSeconds(10), 1, 300))
                    .maxFrameBytes(env.integer("GATEWAY_MAX_FRAME_BYTES", 65536, 1024, 16 * 1024 * 1024))
                    .maxQueuedCommands(env.integer("GATEWAY_MAX_QUEUED_COMMANDS", 16, 1, 10_000))
                    .backendReplyTimeout(env.seconds("GATEWAY_BACKEND_REPLY_TIMEOUT_SECONDS",
                            Duration.ofSeconds(10), 1, 3600))
                    .heartbeatIntervalSeconds(env.integer("GATEWAY_HEARTBEAT_INTERVAL_SECONDS", 300, 1, 86_400))
                    .maxCommandHold(env.seconds("GATEWAY_MAX_COMMAND_HOLD_SECONDS", Duration.ofSeconds(60), 0, 600))
                    .ioThreads(env.integer("GATEWAY_IO_THREADS", 0, 0, 1024))
                    .actionPolicies(policies)
                    .build();
        } catch (IllegalArgumentException e) {
            // Values were range-checked above; what is left is e.g. the path prefix shape.
            throw new ConfigException("invalid gateway configuration: " + e.getMessage());
        }
        int adminPort = env.integer("GATEWAY_ADMIN_PORT", 8081, 0, 65535);
        if (adminPort != 0 && adminPort == gateway.port()) {
            throw new ConfigException("GATEWAY_ADMIN_PORT", String.valueOf(adminPort), "a port other than GATEWAY_PORT");
        }
        BridgeSettings bridge = switch (env.choice(BRIDGE_VARIABLE, BridgeKind.KINESIS, BridgeKind.class)) {
            case KINESIS -> kinesisSettings(env);
            // KINESIS_* variables are neither needed nor read here.
            case STDIO -> new StdioSettings(env.integer("GATEWAY_STDIO_BUFFER",
                    StdioBridgeConfig.DEFAULT_BUFFER_CAPACITY, 1, 1_000_000));
        };
        return new AppConfig(gateway, adminPort, bridge, SecuritySettings.fromEnv(env));
    }

    /** The Kinesis settings; only for {@link BridgeKind#KINESIS}. */
    KinesisSettings kinesis() {
        if (bridge instanceof KinesisSettings kinesis) {
            return kinesis;
        }
        throw new IllegalStateException(BRIDGE_VARIABLE + " is not kinesis");
    }

    /**
     * The bridge {@code variables} choose, and {@link BridgeKind#KINESIS} if the choice is invalid
     * (the start then fails in {@link #fromEnv}). For deciding where logs go before logging starts.
     */
    static BridgeKind bridgeKind(Map<String, String> variables) {
        try {
            return new Env(variables).choice(BRIDGE_VARIABLE, BridgeKind.KINESIS, BridgeKind.class);
        } catch (ConfigException e) {
            return BridgeKind.KINESIS;
        }
    }

    private static KinesisSettings kinesisSettings(Env env) {
        URI endpoint = env.get("KINESIS_ENDPOINT").map(raw -> {
            try {
                URI uri = URI.create(raw);
                if (uri.getScheme() == null || uri.getHost() == null
                        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                    throw new IllegalArgumentException("no http(s) scheme or host");
                }
                return uri;
            } catch (IllegalArgumentException e) {
                throw new ConfigException("KINESIS_ENDPOINT", raw, "an http:// or https:// URL");
            }
        }).orElse(null);
        return new KinesisSettings(
                env.required("KINESIS_UPLINK_STREAM", "the stream station events are written to"),
                env.required("KINESIS_DOWNLINK_STREAM", "the stream commands and replies are read from"),
                endpoint,
                env.get("AWS_REGION").or(() -> env.get("AWS_DEFAULT_REGION")).orElse(null),
                env.choice("KINESIS_DOWNLINK_MODE", DownlinkMode.EFO, DownlinkMode.class),
                env.seconds("KINESIS_PUBLISH_DEADLINE_SECONDS", Duration.ofSeconds(10), 1, 600));
    }

    /**
     * The ECS task's container id (last path segment of the task metadata endpoint, unique per
     * task), else the host name: unique per instance without configuration.
     */
    private static String defaultGatewayId(Env env) {
        Optional<String> metadata = env.get("ECS_CONTAINER_METADATA_URI_V4").or(() -> env.get("ECS_CONTAINER_METADATA_URI"));
        if (metadata.isPresent()) {
            String path = URI.create(metadata.get()).getPath();
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (!last.isEmpty()) {
                return last;
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "gateway";
        }
    }
}
