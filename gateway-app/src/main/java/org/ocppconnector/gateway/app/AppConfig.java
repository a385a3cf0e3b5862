package org.ocppconnector.gateway.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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
 * @param operations shutdown, log format and CloudWatch metrics
 */
record AppConfig(GatewayConfig gateway, int adminPort, BridgeSettings bridge, SecuritySettings security,
        Operations operations) {

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

    /** The variable choosing the log format, read before logging starts. */
    static final String LOG_FORMAT_VARIABLE = "LOG_FORMAT";

    /** Log line format ({@code LOG_FORMAT}). */
    enum LogFormat {
        /** One human-readable line per event: the default, for local runs. */
        TEXT,
        /** One JSON object per line (Logback's JsonEncoder), for CloudWatch Logs: the container's setting. */
        JSON
    }

    /**
     * How the process runs in production.
     *
     * @param drainWindow time over which stations are closed on SIGTERM ({@code GATEWAY_DRAIN_WINDOW})
     * @param logFormat {@code LOG_FORMAT}
     * @param cloudWatch CloudWatch metrics, or null when {@code METRICS_CLOUDWATCH_NAMESPACE} is not set
     */
    record Operations(Duration drainWindow, LogFormat logFormat, @Nullable CloudWatchSettings cloudWatch) {}

    /**
     * Publishing a filtered set of meters to CloudWatch.
     *
     * @param namespace {@code METRICS_CLOUDWATCH_NAMESPACE}
     * @param step publishing interval ({@code METRICS_CLOUDWATCH_STEP_SECONDS})
     * @param meterPrefixes meters published: those whose name starts with one of these ({@code METRICS_CLOUDWATCH_METERS})
     * @param endpoint endpoint override ({@code METRICS_CLOUDWATCH_ENDPOINT}), or null for AWS's
     * @param region {@code AWS_REGION}, or null for the SDK's default chain
     */
    record CloudWatchSettings(String namespace, Duration step, List<String> meterPrefixes, @Nullable URI endpoint,
            @Nullable String region) {

        /**
         * The meters CloudWatch gets by default: what the alarms and the scaling policy of the
         * CDK stack use, plus throttling and downlink lag. Each is one custom metric (billed
         * monthly), as none has tags and no per-instance dimension is added.
         */
        static final List<String> DEFAULT_METERS = List.of("ocpp.stations.connected.total",
                "ocpp.uplink.backpressure.pauses", "kinesis.uplink.failures", "kinesis.uplink.throttles",
                "kinesis.downlink.millis.behind");

        CloudWatchSettings {
            meterPrefixes = List.copyOf(meterPrefixes);
        }
    }

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
                    .maxConnectionAge(env.seconds("GATEWAY_MAX_CONNECTION_AGE_SECONDS", Duration.ZERO, 0, 2_592_000))
                    .actionPolicies(policies)
                    .proxyProtocol(env.bool("GATEWAY_PROXY_PROTOCOL", false))
                    .limits(limits(env))
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
        return new AppConfig(gateway, adminPort, bridge, SecuritySettings.fromEnv(env), operations(env));
    }

    private static Operations operations(Env env) {
        return new Operations(
                env.seconds("GATEWAY_DRAIN_WINDOW", Duration.ofSeconds(15), 0, 300),
                env.choice(LOG_FORMAT_VARIABLE, LogFormat.TEXT, LogFormat.class),
                env.get("METRICS_CLOUDWATCH_NAMESPACE").map(namespace -> cloudWatchSettings(env, namespace))
                        .orElse(null));
    }

    private static CloudWatchSettings cloudWatchSettings(Env env, String namespace) {
        // CloudWatch: 1..255 characters, not starting with "AWS/" (reserved for AWS services).
        if (namespace.length() > 255 || namespace.startsWith("AWS/")) {
            throw new ConfigException("METRICS_CLOUDWATCH_NAMESPACE", namespace,
                    "1..255 characters, not starting with AWS/");
        }
        List<String> meters = env.get("METRICS_CLOUDWATCH_METERS")
                .map(raw -> Arrays.stream(raw.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList())
                .orElse(CloudWatchSettings.DEFAULT_METERS);
        if (meters.isEmpty()) {
            throw new ConfigException("METRICS_CLOUDWATCH_METERS", env.get("METRICS_CLOUDWATCH_METERS").orElse(""),
                    "comma-separated meter name prefixes, e.g. ocpp.stations.connected.total,kinesis.uplink.failures");
        }
        return new CloudWatchSettings(namespace,
                env.seconds("METRICS_CLOUDWATCH_STEP_SECONDS", Duration.ofSeconds(60), 1, 3600),
                meters,
                env.get("METRICS_CLOUDWATCH_ENDPOINT").map(raw -> httpUri("METRICS_CLOUDWATCH_ENDPOINT", raw))
                        .orElse(null),
                env.get("AWS_REGION").or(() -> env.get("AWS_DEFAULT_REGION")).orElse(null));
    }

    /**
     * The log format {@code variables} choose, and {@link LogFormat#TEXT} if the choice is invalid
     * (the start then fails in {@link #fromEnv}). For configuring logging before it starts.
     */
    static LogFormat logFormat(Map<String, String> variables) {
        try {
            return new Env(variables).choice(LOG_FORMAT_VARIABLE, LogFormat.TEXT, LogFormat.class);
        } catch (ConfigException e) {
            return LogFormat.TEXT;
        }
    }

    private static URI httpUri(String variable, String raw) {
        try {
            URI uri = URI.create(raw);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException("no http(s) scheme or host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(variable, raw, "an http:// or https:// URL");
        }
    }

    /** The abuse limits; README "Configuration" and docs/security.md list them. */
    private static GatewayConfig.Limits limits(Env env) {
        return GatewayConfig.Limits.builder()
                .maxConnections(env.integer("GATEWAY_MAX_CONNECTIONS", 20_000, 1, 1_000_000))
                .handshakesPerSecondPerAddress(env.integer("GATEWAY_HANDSHAKES_PER_SECOND_PER_ADDRESS", 20, 0,
                        1_000_000))
                .handshakeBurstPerAddress(env.integer("GATEWAY_HANDSHAKE_BURST_PER_ADDRESS", 100, 1, 1_000_000))
                .stationMessagesPerSecond(env.integer("GATEWAY_STATION_MESSAGES_PER_SECOND", 20, 0, 1_000_000))
                .stationMessageBurst(env.integer("GATEWAY_STATION_MESSAGE_BURST", 100, 1, 1_000_000))
                .stationRefusedMessagesBeforeClose(env.integer("GATEWAY_STATION_REFUSED_MESSAGES_BEFORE_CLOSE", 100,
                        0, 1_000_000))
                .writeStallTimeout(env.seconds("GATEWAY_WRITE_STALL_TIMEOUT_SECONDS", Duration.ofSeconds(30), 1, 3600))
                .build();
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
