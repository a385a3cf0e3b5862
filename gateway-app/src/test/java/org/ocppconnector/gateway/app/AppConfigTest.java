package org.ocppconnector.gateway.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocppconnector.gateway.core.GatewayConfig;
import org.ocppconnector.gateway.core.spi.ResponsePolicy;

class AppConfigTest {

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("KINESIS_UPLINK_STREAM", "up");
        env.put("KINESIS_DOWNLINK_STREAM", "down");
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void defaults() {
        AppConfig config = AppConfig.fromEnv(env("GATEWAY_ID", "gw-1"));
        assertEquals(8080, config.gateway().port());
        assertEquals(8081, config.adminPort());
        assertEquals("/ocpp/", config.gateway().pathPrefix());
        assertEquals(Duration.ofSeconds(60), config.gateway().pingInterval());
        assertEquals(65536, config.gateway().maxFrameBytes());
        assertEquals(Duration.ofSeconds(10), config.gateway().backendReplyTimeout());
        assertEquals("gw-1", config.gateway().gatewayId());
        assertInstanceOf(AppConfig.KinesisSettings.class, config.bridge(), "GATEWAY_BRIDGE defaults to kinesis");
        assertEquals("up", config.kinesis().uplinkStream());
        assertEquals(AppConfig.DownlinkMode.EFO, config.kinesis().downlinkMode());
        assertNull(config.kinesis().endpoint());
        assertTrue(config.gateway().actionPolicies().isEmpty());
    }

    @Test
    void limitsHaveDefaultsAndAreRead() {
        GatewayConfig.Limits defaults = AppConfig.fromEnv(env()).gateway().limits();
        assertEquals(GatewayConfig.Limits.builder().build(), defaults);
        assertEquals(20_000, defaults.maxConnections());
        assertFalse(AppConfig.fromEnv(env()).gateway().proxyProtocol());
        AppConfig config = AppConfig.fromEnv(env("GATEWAY_PROXY_PROTOCOL", "TRUE",
                "GATEWAY_MAX_CONNECTIONS", "500",
                "GATEWAY_HANDSHAKES_PER_SECOND_PER_ADDRESS", "0",
                "GATEWAY_HANDSHAKE_BURST_PER_ADDRESS", "7",
                "GATEWAY_STATION_MESSAGES_PER_SECOND", "50",
                "GATEWAY_STATION_MESSAGE_BURST", "300",
                "GATEWAY_STATION_REFUSED_MESSAGES_BEFORE_CLOSE", "0",
                "GATEWAY_WRITE_STALL_TIMEOUT_SECONDS", "5"));
        assertTrue(config.gateway().proxyProtocol());
        assertEquals(new GatewayConfig.Limits(500, 0, 7, 50, 300, 0, Duration.ofSeconds(5)), config.gateway().limits());
    }

    @Test
    void gatewayIdDefaultsToTheEcsContainerId() {
        AppConfig config = AppConfig.fromEnv(env("ECS_CONTAINER_METADATA_URI_V4",
                "http://169.254.170.2/v4/a1b2c3d4e5f6-1234567890"));
        assertEquals("a1b2c3d4e5f6-1234567890", config.gateway().gatewayId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GATEWAY_PORT                          | 70000     | GATEWAY_PORT=70000",
        "GATEWAY_PORT                          | eighty    | GATEWAY_PORT=eighty",
        "GATEWAY_ADMIN_PORT                    | -1        | GATEWAY_ADMIN_PORT=-1",
        "GATEWAY_MAX_FRAME_BYTES               | 10        | GATEWAY_MAX_FRAME_BYTES=10",
        "GATEWAY_PING_INTERVAL_SECONDS         | x         | GATEWAY_PING_INTERVAL_SECONDS=x",
        "GATEWAY_BACKEND_REPLY_TIMEOUT_SECONDS | 0         | GATEWAY_BACKEND_REPLY_TIMEOUT_SECONDS=0",
        "KINESIS_DOWNLINK_MODE                 | kcl       | KINESIS_DOWNLINK_MODE=kcl",
        "KINESIS_ENDPOINT                      | localhost | KINESIS_ENDPOINT=localhost",
        "GATEWAY_PATH_PREFIX                   | ocpp      | pathPrefix",
        "GATEWAY_POLICIES                      | [1]       | GATEWAY_POLICIES",
        "GATEWAY_BRIDGE                        | kafka     | GATEWAY_BRIDGE=kafka is invalid (expected: one of kinesis stdio)",
        "GATEWAY_PROXY_PROTOCOL                | yes       | GATEWAY_PROXY_PROTOCOL=yes is invalid (expected: true or false)",
        "GATEWAY_MAX_CONNECTIONS               | 0         | GATEWAY_MAX_CONNECTIONS=0",
        "GATEWAY_MAX_CONNECTIONS               | many      | GATEWAY_MAX_CONNECTIONS=many",
        "GATEWAY_HANDSHAKES_PER_SECOND_PER_ADDRESS | -1    | GATEWAY_HANDSHAKES_PER_SECOND_PER_ADDRESS=-1",
        "GATEWAY_HANDSHAKE_BURST_PER_ADDRESS   | 0         | GATEWAY_HANDSHAKE_BURST_PER_ADDRESS=0",
        "GATEWAY_STATION_MESSAGES_PER_SECOND   | 1.5       | GATEWAY_STATION_MESSAGES_PER_SECOND=1.5",
        "GATEWAY_STATION_MESSAGE_BURST         | 0         | GATEWAY_STATION_MESSAGE_BURST=0",
        "GATEWAY_STATION_REFUSED_MESSAGES_BEFORE_CLOSE | -5 | GATEWAY_STATION_REFUSED_MESSAGES_BEFORE_CLOSE=-5",
        "GATEWAY_WRITE_STALL_TIMEOUT_SECONDS   | 0         | GATEWAY_WRITE_STALL_TIMEOUT_SECONDS=0",
    })
    void invalidValuesNameTheirVariable(String variable, String value, String expectedInMessage) {
        ConfigException e = assertThrows(ConfigException.class, () -> AppConfig.fromEnv(env(variable, value)));
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    }

    @Test
    void missingStreamsAreNamed() {
        Map<String, String> env = env();
        env.remove("KINESIS_DOWNLINK_STREAM");
        ConfigException e = assertThrows(ConfigException.class, () -> AppConfig.fromEnv(env));
        assertTrue(e.getMessage().startsWith("KINESIS_DOWNLINK_STREAM is required"), e.getMessage());
    }

    @Test
    void stdioBridgeNeedsNoKinesisVariables() {
        Map<String, String> env = new HashMap<>(Map.of("GATEWAY_BRIDGE", "stdio", "GATEWAY_ID", "gw-1"));
        AppConfig config = AppConfig.fromEnv(env);
        assertEquals(new AppConfig.StdioSettings(10_000), config.bridge());
        assertThrows(IllegalStateException.class, config::kinesis);
        env.put("GATEWAY_BRIDGE", " STDIO ");
        env.put("GATEWAY_STDIO_BUFFER", "500");
        assertEquals(new AppConfig.StdioSettings(500), AppConfig.fromEnv(env).bridge());
        // The Kinesis variables, if set anyway, are not read: an invalid one does not matter.
        env.put("KINESIS_DOWNLINK_MODE", "kcl");
        assertEquals(new AppConfig.StdioSettings(500), AppConfig.fromEnv(env).bridge());
    }

    @ParameterizedTest
    @CsvSource({"0", "1000001", "lots"})
    void invalidStdioBufferIsNamed(String value) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> AppConfig.fromEnv(Map.of("GATEWAY_BRIDGE", "stdio", "GATEWAY_STDIO_BUFFER", value)));
        assertTrue(e.getMessage().startsWith("GATEWAY_STDIO_BUFFER=" + value), e.getMessage());
    }

    @Test
    void kinesisBridgeStillNeedsItsStreams() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> AppConfig.fromEnv(Map.of("GATEWAY_BRIDGE", "kinesis")));
        assertTrue(e.getMessage().startsWith("KINESIS_UPLINK_STREAM is required"), e.getMessage());
    }

    @Test
    void bridgeKindIsReadBeforeLoggingStartsAndNeverFails() {
        assertEquals(AppConfig.BridgeKind.STDIO, AppConfig.bridgeKind(Map.of("GATEWAY_BRIDGE", "Stdio")));
        assertEquals(AppConfig.BridgeKind.KINESIS, AppConfig.bridgeKind(Map.of()));
        assertEquals(AppConfig.BridgeKind.KINESIS, AppConfig.bridgeKind(Map.of("GATEWAY_BRIDGE", "kafka")),
                "invalid: the start fails later, with the message on the default console");
    }

    @Test
    void adminPortMustDifferFromStationPort() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> AppConfig.fromEnv(env("GATEWAY_PORT", "9000", "GATEWAY_ADMIN_PORT", "9000")));
        assertTrue(e.getMessage().contains("GATEWAY_ADMIN_PORT"));
    }

    @Test
    void policyTableInlineAndFromFile(@TempDir Path dir) throws Exception {
        String json = "{\"DataTransfer\":{\"policy\":\"local\",\"response\":{\"status\":\"Accepted\"}},"
                + "\"1.6:Authorize\":{\"policy\":\"backend\",\"timeoutSeconds\":5,"
                + "\"fallback\":{\"idTagInfo\":{\"status\":\"Invalid\"}}}}";
        Path file = dir.resolve("policies.json");
        Files.writeString(file, json);
        for (String value : new String[] {json, "@" + file}) {
            AppConfig config = AppConfig.fromEnv(env("GATEWAY_POLICIES", value));
            var policies = config.gateway().actionPolicies();
            assertEquals(ResponsePolicy.LOCAL, policies.get("DataTransfer").policy());
            assertEquals("Accepted", policies.get("DataTransfer").response().get("status").asText());
            assertEquals(ResponsePolicy.BACKEND, policies.get("1.6:Authorize").policy());
            assertEquals(Duration.ofSeconds(5), policies.get("1.6:Authorize").replyTimeout());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"Authorize\":{\"policy\":\"sometimes\"}}                         | GATEWAY_POLICIES.Authorize.policy",
        "{\"Authorize\":{\"policy\":\"local\",\"fallback\":{}}}             | does not apply",
        "{\"Authorize\":{\"policy\":\"local\",\"timeoutSeconds\":3}}        | timeoutSeconds",
        "{\"Authorize\":{\"policy\":\"backend\",\"colour\":\"red\"}}        | unknown field",
        "{\"Authorize\":\"backend\"}                                        | expected an object",
        "@/nonexistent/policies.json                                        | readable JSON file",
    })
    void invalidPolicyTablesAreExplained(String value, String expectedInMessage) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> AppConfig.fromEnv(env("GATEWAY_POLICIES", value.strip())));
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    }

    @Test
    void operationsDefaults() {
        AppConfig config = AppConfig.fromEnv(env());
        assertEquals(Duration.ofSeconds(15), config.operations().drainWindow());
        assertEquals(AppConfig.LogFormat.TEXT, config.operations().logFormat());
        assertNull(config.operations().cloudWatch(), "CloudWatch is off without a namespace");
        assertEquals(Duration.ZERO, config.gateway().maxConnectionAge(), "no maximum connection age");
    }

    @Test
    void operationsSettings() {
        AppConfig config = AppConfig.fromEnv(env("GATEWAY_DRAIN_WINDOW", "40", "LOG_FORMAT", "JSON",
                "GATEWAY_MAX_CONNECTION_AGE_SECONDS", "21600", "METRICS_CLOUDWATCH_NAMESPACE", "OcppGateway",
                "AWS_REGION", "eu-west-1"));
        assertEquals(Duration.ofSeconds(40), config.operations().drainWindow());
        assertEquals(AppConfig.LogFormat.JSON, config.operations().logFormat());
        assertEquals(Duration.ofHours(6), config.gateway().maxConnectionAge());
        AppConfig.CloudWatchSettings cloudWatch = config.operations().cloudWatch();
        assertEquals("OcppGateway", cloudWatch.namespace());
        assertEquals(Duration.ofSeconds(60), cloudWatch.step());
        assertEquals(AppConfig.CloudWatchSettings.DEFAULT_METERS, cloudWatch.meterPrefixes());
        assertTrue(cloudWatch.meterPrefixes().containsAll(java.util.List.of("ocpp.stations.connected.total",
                "kinesis.uplink.failures", "ocpp.uplink.backpressure.pauses")), "the CDK stack's alarms and scaling");
        assertNull(cloudWatch.endpoint());
        assertEquals("eu-west-1", cloudWatch.region());

        AppConfig custom = AppConfig.fromEnv(env("METRICS_CLOUDWATCH_NAMESPACE", "Test",
                "METRICS_CLOUDWATCH_METERS", " ocpp.frames , kinesis.", "METRICS_CLOUDWATCH_STEP_SECONDS", "10",
                "METRICS_CLOUDWATCH_ENDPOINT", "http://127.0.0.1:4566"));
        assertEquals(java.util.List.of("ocpp.frames", "kinesis."), custom.operations().cloudWatch().meterPrefixes());
        assertEquals(Duration.ofSeconds(10), custom.operations().cloudWatch().step());
        assertEquals("http://127.0.0.1:4566", custom.operations().cloudWatch().endpoint().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GATEWAY_DRAIN_WINDOW               | 301     | GATEWAY_DRAIN_WINDOW=301",
        "GATEWAY_DRAIN_WINDOW               | 15s     | GATEWAY_DRAIN_WINDOW=15s",
        "GATEWAY_MAX_CONNECTION_AGE_SECONDS | -5      | GATEWAY_MAX_CONNECTION_AGE_SECONDS=-5",
        "LOG_FORMAT                         | xml     | LOG_FORMAT=xml is invalid (expected: one of text json)",
        "METRICS_CLOUDWATCH_NAMESPACE       | AWS/ECS | METRICS_CLOUDWATCH_NAMESPACE=AWS/ECS",
        "METRICS_CLOUDWATCH_ENDPOINT        | nohost  | METRICS_CLOUDWATCH_ENDPOINT=nohost",
        "METRICS_CLOUDWATCH_STEP_SECONDS    | 0       | METRICS_CLOUDWATCH_STEP_SECONDS=0",
        "METRICS_CLOUDWATCH_METERS          | ' , '   | METRICS_CLOUDWATCH_METERS",
    })
    void invalidOperationsValuesNameTheirVariable(String variable, String value, String expectedInMessage) {
        Map<String, String> env = env(variable, value);
        if (variable.startsWith("METRICS_CLOUDWATCH_") && !variable.endsWith("NAMESPACE")) {
            env.put("METRICS_CLOUDWATCH_NAMESPACE", "OcppGateway");
        }
        ConfigException e = assertThrows(ConfigException.class, () -> AppConfig.fromEnv(env));
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    }

    @Test
    void logFormatIsReadBeforeLoggingStartsAndNeverFails() {
        assertEquals(AppConfig.LogFormat.JSON, AppConfig.logFormat(Map.of("LOG_FORMAT", "json")));
        assertEquals(AppConfig.LogFormat.TEXT, AppConfig.logFormat(Map.of()));
        assertEquals(AppConfig.LogFormat.TEXT, AppConfig.logFormat(Map.of("LOG_FORMAT", "xml")));
    }
}
